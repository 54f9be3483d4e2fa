package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * What the learned pass ({@link LearnedPairs}) reads of one ordered pair of state actors in a sentence: only what the
 * pipeline computed already (the trigger-lexicon hits and where they sit against the two mentions, the dependency path
 * between them when the sentence was parsed, the mentions' governors, negation and modal words, distance, and the
 * events the rules gave). Features are strings, so a model file names what it weighs.
 */
final class PairFeatures {

    /** One ordered pair of actors: source first, and the features of that reading. */
    record Candidate(Mention source, Mention target, List<String> features) {

        String pair() {
            return PairKey.of(source.code(), target.code());
        }
    }

    /**
     * The types whose word judges or admits an act told under it ("condemned Russia's invasion of Ukraine",
     * "acknowledged that its ship had strayed"): coding guide, "Acts told inside another event".
     */
    private static final Set<PloverType> TELLING = EnumSet.of(PloverType.DISAPPROVE, PloverType.SUPPORT,
            PloverType.ACCUSE, PloverType.CONCEDE);

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without", "refuse", "deny");
    private static final Set<String> MODALS = Set.of("will", "would", "may", "might", "could", "should", "must", "can",
            "shall", "plan", "seek", "want", "threaten", "vow", "pledge", "urge", "call");

    private PairFeatures() {
    }

    /** Every ordered pair of distinct states named as actors, the nearest mention of each, in sentence order. */
    static List<Candidate> candidates(SentenceContext sentence, List<TriggerMatch> hits, ParsedSentence parsed,
            Collection<ExtractedEvent> rules, OverruledReadings overruled) {
        Map<String, List<Mention>> byCode = new LinkedHashMap<>();
        for (Mention m : sentence.actorCandidates()) {
            byCode.computeIfAbsent(m.code(), k -> new ArrayList<>()).add(m);
        }
        List<String> codes = new ArrayList<>(byCode.keySet());
        List<String> shared = sentenceFeatures(sentence, rules, codes.size());
        List<Candidate> candidates = new ArrayList<>();
        for (String a : codes) {
            for (String b : codes) {
                if (a.equals(b)) {
                    continue;
                }
                Mention[] nearest = nearest(byCode.get(a), byCode.get(b));
                Set<String> features = new LinkedHashSet<>(shared);
                pairFeatures(features, nearest[0], nearest[1], sentence, hits, parsed, rules);
                overruled.on(PairKey.of(a, b)).forEach(t -> features.add("overruled:" + t));
                candidates.add(new Candidate(nearest[0], nearest[1], List.copyOf(features)));
            }
        }
        return candidates;
    }

    private static List<String> sentenceFeatures(SentenceContext sentence, Collection<ExtractedEvent> rules, int states) {
        Set<String> features = new LinkedHashSet<>();
        features.add("bias");
        features.add("states:" + Math.min(states, 4));
        for (CoreLabel token : sentence.tokens()) {
            String lemma = lemma(token);
            if (NEGATIONS.contains(lemma)) {
                features.add("neg");
            }
            if (MODALS.contains(lemma)) {
                features.add("modal:" + lemma);
            }
        }
        rules.forEach(e -> features.add("sent:" + e.type()));
        return List.copyOf(features);
    }

    private static void pairFeatures(Set<String> features, Mention a, Mention b, SentenceContext sentence,
            List<TriggerMatch> hits, ParsedSentence parsed, Collection<ExtractedEvent> rules) {
        features.add(a.firstToken() < b.firstToken() ? "order:ab" : "order:ba");
        int distance = Math.abs(a.firstToken() - b.firstToken());
        features.add("dist:" + (distance < 4 ? "0-3" : distance < 8 ? "4-7" : distance < 16 ? "8-15" : "16+"));
        if (a.entry().kind() == EntryKind.OFFICIAL) {
            features.add("a:official");
        }
        if (b.entry().kind() == EntryKind.OFFICIAL) {
            features.add("b:official");
        }
        boolean anyRule = false;
        List<ExtractedEvent> onPair = new ArrayList<>();
        for (ExtractedEvent e : rules) {
            if (PairKey.of(e.source(), e.target()).equals(PairKey.of(a.code(), b.code()))) {
                anyRule = true;
                onPair.add(e);
                features.add("rule:" + e.type());
                features.add("rule:" + e.type() + (e.source().equals(a.code()) ? ":same" : ":rev"));
            } else if (e.source().equals(a.code()) || e.target().equals(a.code())) {
                features.add("ruleA:" + e.type() + (e.source().equals(a.code()) ? ":src" : ":tgt"));
            } else if (e.source().equals(b.code()) || e.target().equals(b.code())) {
                features.add("ruleB:" + e.type() + (e.source().equals(b.code()) ? ":src" : ":tgt"));
            }
        }
        if (!anyRule) {
            features.add("rule:none");
        }
        int aHead = head(a, parsed);
        int bHead = head(b, parsed);
        List<Integer> aUp = parsed == null ? List.of() : ancestors(aHead, parsed);
        List<Integer> bUp = parsed == null ? List.of() : ancestors(bHead, parsed);
        for (TriggerMatch hit : hits) {
            String type = hit.type() == null ? "NONE" : hit.type().name();
            String lemma = lemma(sentence.tokens().get(hit.head()));
            String place = place(hit.head(), a, b);
            features.add("hit:" + type + ":" + place);
            features.add("hitlem:" + lemma + ":" + place);
            if (parsed == null) {
                continue;
            }
            String aRel = under(hit.head(), aHead, aUp, parsed);
            String bRel = under(hit.head(), bHead, bUp, parsed);
            if (aRel != null) {
                features.add("hitA:" + type + ":" + aRel);
                features.add("hitlemA:" + lemma + ":" + aRel);
            }
            if (bRel != null) {
                features.add("hitB:" + type + ":" + bRel);
                features.add("hitlemB:" + lemma + ":" + bRel);
            }
            if ((aRel == null) != (bRel == null) || onPath(hit.head(), aUp, bUp)) {
                features.add("hitpath:" + type);
            }
        }
        if (parsed != null) {
            toldActs(features, onPair, sentence, hits, parsed);
            governor(features, "a", aHead, parsed);
            governor(features, "b", bHead, parsed);
            path(features, aUp, bUp, parsed);
        }
    }

    /**
     * {@code told:TYPE} for the pair's one act the rules told under a judgement or admission of the same pair, and
     * {@code telling:TYPE} for that judgement: two events by the guide, the act a fact the sentence reports. An act
     * beside another reading of the pair's act ("downed an airliner, killing ..." read as FIGHT and ASSAULT) is none.
     */
    private static void toldActs(Set<String> features, List<ExtractedEvent> onPair, SentenceContext sentence,
            List<TriggerMatch> hits, ParsedSentence parsed) {
        List<ExtractedEvent> acts = onPair.stream().filter(e -> !TELLING.contains(e.type())).toList();
        for (ExtractedEvent telling : onPair) {
            int judge = TELLING.contains(telling.type()) ? word(telling, sentence, hits) : -1;
            if (judge < 0) {
                continue;
            }
            for (ExtractedEvent act : onPair) {
                if (act.type() == telling.type() || acts.size() > 1 && acts.contains(act)) {
                    continue;
                }
                int told = word(act, sentence, hits);
                if (told >= 0 && told != judge && inside(told, judge, parsed)) {
                    features.add("told:" + act.type());
                    features.add("telling:" + telling.type());
                }
            }
        }
    }

    /** Whether a convention of the rules turned a reading of this type on the pair into another ({@link OverruledReadings}). */
    static boolean overruled(List<String> features, PloverType type) {
        return features.contains("overruled:" + type);
    }

    /** Whether the rules' event of this type on the pair is a judged or admitted act, or the judgement of one. */
    static boolean told(List<String> features, PloverType type) {
        return features.contains("told:" + type) || features.contains("telling:" + type);
    }

    /** The word an event was told by: its lexicon hit, else the first token spelled as its trigger's first word. */
    private static int word(ExtractedEvent e, SentenceContext sentence, List<TriggerMatch> hits) {
        for (TriggerMatch hit : hits) {
            if (hit.type() == e.type() && hit.text().equals(e.trigger())) {
                return hit.head();
            }
        }
        String first = e.trigger().split(" ")[0];
        for (int t = 0; t < sentence.tokens().size() && !first.isEmpty(); t++) {
            if (sentence.tokens().get(t).word().equals(first)) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The act's word is the judging word's object or clause (at most two arcs below it), or the noun the judging
     * participle describes ("an attack condemned by Iran").
     */
    private static boolean inside(int act, int judge, ParsedSentence parsed) {
        ParsedSentence.Arc up = parsed.treeParent(act);
        for (int step = 0; step < 2 && up != null; step++) {
            if (up.token() == judge) {
                return true;
            }
            up = parsed.treeParent(up.token());
        }
        ParsedSentence.Arc above = parsed.treeParent(judge);
        return above != null && above.token() == act && above.relation().startsWith("acl");
    }

    /** Where a hit sits against source a and target b, in word order. */
    private static String place(int hit, Mention a, Mention b) {
        boolean afterA = hit > a.lastToken();
        boolean afterB = hit > b.lastToken();
        if (afterA && afterB) {
            return "after";
        }
        if (!afterA && !afterB) {
            return "before";
        }
        return afterA ? "a-h-b" : "b-h-a";
    }

    /** The relation under the hit on the way up from the mention's head, when the hit governs it. */
    private static String under(int hit, int head, List<Integer> up, ParsedSentence parsed) {
        int at = up.indexOf(hit);
        if (at < 0) {
            return null;
        }
        int child = at == 0 ? head : up.get(at - 1);
        ParsedSentence.Arc arc = parsed.treeParent(child);
        String relation = arc == null ? "root" : arc.relation();
        return (at == 0 ? "" : "deep:") + relation;
    }

    private static boolean onPath(int hit, List<Integer> aUp, List<Integer> bUp) {
        Integer common = lowestCommon(aUp, bUp);
        return common != null && common == hit;
    }

    private static Integer lowestCommon(List<Integer> aUp, List<Integer> bUp) {
        for (Integer node : aUp) {
            if (bUp.contains(node)) {
                return node;
            }
        }
        return null;
    }

    private static void governor(Set<String> features, String side, int head, ParsedSentence parsed) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null) {
            features.add(side + "rel:root");
            return;
        }
        features.add(side + "rel:" + up.relation());
        features.add(side + "gov:" + parsed.lemma(up.token()));
        features.add(side + "govrel:" + parsed.lemma(up.token()) + ":" + up.relation());
    }

    /** The lemmas on the tree path between the two heads and the word joining them. */
    private static void path(Set<String> features, List<Integer> aUp, List<Integer> bUp, ParsedSentence parsed) {
        Integer common = lowestCommon(aUp, bUp);
        if (common == null) {
            return;
        }
        features.add("lca:" + parsed.lemma(common));
        int length = aUp.indexOf(common) + bUp.indexOf(common);
        features.add("pathlen:" + Math.min(length, 6));
        for (List<Integer> up : List.of(aUp, bUp)) {
            for (int i = 0; i < up.indexOf(common); i++) {
                features.add("path:" + parsed.lemma(up.get(i)));
            }
        }
    }

    /** The mention's token whose governor lies outside it, else its last token. */
    private static int head(Mention m, ParsedSentence parsed) {
        if (parsed != null) {
            for (int t = m.firstToken(); t <= m.lastToken(); t++) {
                ParsedSentence.Arc up = parsed.treeParent(t);
                if (up == null || !m.covers(up.token())) {
                    return t;
                }
            }
        }
        return m.lastToken();
    }

    /** The governors above a token in the basic tree, nearest first. */
    private static List<Integer> ancestors(int token, ParsedSentence parsed) {
        List<Integer> up = new ArrayList<>();
        ParsedSentence.Arc arc = parsed.treeParent(token);
        while (arc != null && !up.contains(arc.token()) && up.size() < 40) {
            up.add(arc.token());
            arc = parsed.treeParent(arc.token());
        }
        return up;
    }

    private static Mention[] nearest(List<Mention> as, List<Mention> bs) {
        Mention[] best = { as.get(0), bs.get(0) };
        int bestDistance = Integer.MAX_VALUE;
        for (Mention a : as) {
            for (Mention b : bs) {
                int d = Math.abs(a.firstToken() - b.firstToken());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = new Mention[] { a, b };
                }
            }
        }
        return best;
    }

    private static String lemma(CoreLabel token) {
        String lemma = token.lemma();
        return (lemma == null ? token.word() : lemma).toLowerCase(Locale.ROOT);
    }
}
