package org.entente.nlp.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Lemma-based trigger rules for every PLOVER type: the hand-written {@code extraction/triggers.tsv}
 * first, then {@code extraction/cameo-triggers.tsv}, generated from PETRARCH2's CAMEO verb dictionary.
 * Rules are indexed by the lemmas of their first element, so a token costs one hash lookup; a sentence
 * in which no rule can match completely (judged from its words, before tagging) is skipped before any
 * expensive step.
 */
final class TriggerLexicon {

    static final String RESOURCE = "/extraction/triggers.tsv";
    static final String GENERATED = "/extraction/cameo-triggers.tsv";
    /** How many tokens may separate two elements of a rule ("signed a defense cooperation agreement"). */
    private static final int MAX_GAP = 5;

    private final Map<String, List<TriggerRule>> byFirstLemma = new HashMap<>();
    /** Written form to the rule lemmas it may carry, for the pre-filter. */
    private final Map<String, Set<String>> lemmasOfForm = new HashMap<>();
    /** Lemmas that open a rule of an event type as a verb ("ink_V deal", "blast_V"), for headlines' verbs. */
    private final Set<String> verbStarts = new HashSet<>();

    TriggerLexicon(List<TriggerRule> rules, Map<String, List<String>> extraForms) {
        for (TriggerRule rule : rules) {
            for (String lemma : rule.elements().get(0).lemmas()) {
                byFirstLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(rule);
            }
            if (rule.type() == null) {
                continue; // a no-event rule never makes a sentence worth tagging
            }
            if (rule.elements().get(0).pos() == 'V') {
                verbStarts.addAll(rule.elements().get(0).lemmas());
            }
            for (TriggerRule.Element element : rule.elements()) {
                for (String lemma : element.lemmas()) {
                    Set<String> forms = new HashSet<>(SurfaceForms.of(lemma));
                    forms.addAll(extraForms.getOrDefault(lemma, List.of()));
                    forms.forEach(form -> lemmasOfForm.computeIfAbsent(form, k -> new HashSet<>()).add(lemma));
                }
            }
        }
    }

    boolean startsVerbRule(String lemma) {
        return verbStarts.contains(lemma);
    }

    /**
     * Whether some rule could match, judged from the words alone, before tagging: a word may be the
     * first element of a rule whose other elements may all be in the sentence too.
     */
    boolean mayHold(List<CoreLabel> tokens) {
        Set<String> present = new HashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            Set<String> lemmas = lemmasOfForm.get(tokens.get(t).word().toLowerCase(Locale.ROOT));
            if (lemmas != null) {
                present.addAll(lemmas);
            }
            String joined = hyphenated(tokens, t, tokens.get(t).word());
            Set<String> joinedLemmas = joined == null ? null : lemmasOfForm.get(joined);
            if (joinedLemmas != null) {
                present.addAll(joinedLemmas);
            }
        }
        for (String lemma : present) {
            for (TriggerRule rule : byFirstLemma.getOrDefault(lemma, List.of())) {
                if (rule.type() != null && allPresent(rule, present)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allPresent(TriggerRule rule, Set<String> present) {
        for (int e = 1; e < rule.elements().size(); e++) {
            if (rule.elements().get(e).lemmas().stream().noneMatch(present::contains)) {
                return false;
            }
        }
        return true;
    }

    static TriggerLexicon load() {
        List<TriggerRule> rules = new ArrayList<>();
        Map<String, List<String>> forms = new HashMap<>();
        read(RESOURCE, rules, forms, "");
        read(GENERATED, rules, forms, "G");
        return new TriggerLexicon(rules, forms);
    }

    private static void read(String resource, List<TriggerRule> rules, Map<String, List<String>> forms, String flag) {
        InputStream in = TriggerLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row[0].equals("FORMS")) {
                    forms.computeIfAbsent(row[1].strip(), k -> new ArrayList<>()).addAll(List.of(row[2].strip().split("/")));
                } else {
                    TriggerRule rule = parse(row);
                    rules.add(
                            new TriggerRule(rule.type(), rule.subtype(), rule.elements(), rule.weight(), rule.flags() + flag));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** One row: type ("-" for a no-event rule), subtype, elements, weight, optional flags, optional "# comment". */
    static TriggerRule parse(String[] row) {
        int columns = row.length;
        for (int c = 0; c < row.length; c++) {
            if (row[c].strip().startsWith("#")) {
                columns = c;
                break;
            }
        }
        PloverType type = row[0].strip().equals("-") ? null : PloverType.valueOf(row[0].strip());
        String subtype = row[1].strip().equals("-") ? null : row[1].strip();
        List<TriggerRule.Element> elements = new ArrayList<>();
        for (String element : row[2].strip().split("\\s+")) {
            char pos = 0;
            if (element.endsWith("_N") || element.endsWith("_V") || element.endsWith("_J") || element.endsWith("_X")) {
                pos = element.charAt(element.length() - 1);
                element = element.substring(0, element.length() - 2);
            }
            elements.add(new TriggerRule.Element(Set.copyOf(List.of(element.toLowerCase(Locale.ROOT).split("/"))), pos));
        }
        String flags = columns > 4 ? row[4].strip() : "";
        return new TriggerRule(type, subtype, elements, Double.parseDouble(row[3].strip()), flags.equals("-") ? "" : flags);
    }

    /**
     * Every rule match in the sentence; several rules may share a head. At one head the hand-written
     * rules speak when any of them matches (they carry Entente's conventions), else the generated ones;
     * of those only the most specific (the most elements), and a generated no-event rule at least as
     * specific ("gave ... access") silences the generated rules there.
     */
    List<TriggerMatch> find(List<CoreLabel> tokens) {
        List<TriggerMatch> matches = new ArrayList<>();
        List<TriggerMatch> hand = new ArrayList<>();
        List<TriggerMatch> generated = new ArrayList<>();
        // each token's lemma and tag read once: the rules' elements test them again and again
        String[] lemmas = new String[tokens.size()];
        String[] joined = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            lemmas[t] = lemma(tokens.get(t));
            joined[t] = hyphenated(tokens, t, lemmas[t]);
            tags[t] = tokens.get(t).tag() == null ? "" : tokens.get(t).tag();
        }
        for (int t = 0; t < tokens.size(); t++) {
            List<TriggerRule> candidates = byFirstLemma.get(lemmas[t]);
            List<TriggerRule> joinedCandidates = joined[t] == null ? null : byFirstLemma.get(joined[t]);
            if (joinedCandidates != null) {
                candidates = candidates == null ? joinedCandidates : concat(candidates, joinedCandidates);
            }
            if (candidates == null) {
                continue;
            }
            hand.clear();
            generated.clear();
            int silenced = 0;
            int silencedByHand = 0;
            for (TriggerRule rule : candidates) {
                TriggerMatch match = matchAt(rule, tokens, lemmas, joined, tags, t);
                if (match == null) {
                    continue;
                }
                if (rule.type() == null) {
                    silenced = Math.max(silenced, rule.elements().size());
                    if (!rule.generated()) {
                        silencedByHand = Math.max(silencedByHand, rule.elements().size());
                    }
                } else {
                    (rule.generated() ? generated : hand).add(match);
                }
            }
            int silencedSize = silenced;
            int handSilencedSize = silencedByHand;
            // a hand no-event rule ("signed an order") silences the hand rules it is at least as specific as, too
            hand.removeIf(match -> match.rule().elements().size() <= handSilencedSize);
            if (hand.isEmpty()) {
                generated.removeIf(match -> match.rule().elements().size() <= silencedSize);
            }
            List<TriggerMatch> speaking = hand.isEmpty() ? generated : hand;
            int most = 0;
            for (TriggerMatch match : speaking) {
                if (!match.rule().alone() && !match.rule().refusalOnly()) {
                    most = Math.max(most, match.rule().elements().size());
                }
            }
            // a rule flagged U or N hides nothing: where partners take part or nothing is refused (TriggerSelection), the
            // others speak
            for (TriggerMatch match : speaking) {
                if (match.rule().elements().size() == most || match.rule().alone() || match.rule().refusalOnly()) {
                    matches.add(match);
                }
            }
        }
        return matches;
    }

    private static TriggerMatch matchAt(TriggerRule rule, List<CoreLabel> tokens, String[] lemmas, String[] joined,
            String[] tags, int start) {
        if (!accepts(rule.elements().get(0), lemmas[start], joined[start], tags[start])) {
            return null;
        }
        int last = start;
        for (int e = 1; e < rule.elements().size(); e++) {
            int found = -1;
            for (int t = last + 1; t <= Math.min(tokens.size() - 1, last + 1 + MAX_GAP); t++) {
                if (accepts(rule.elements().get(e), lemmas[t], joined[t], tags[t])) {
                    found = t;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            last = found;
        }
        StringBuilder text = new StringBuilder(tokens.get(start).word());
        if (last > start) {
            text.append(' ').append(tokens.get(last).word());
        }
        return new TriggerMatch(rule, start, start, last, text.toString());
    }

    private static boolean accepts(TriggerRule.Element element, String lemma, String joined, String tag) {
        if (!element.lemmas().contains(lemma) && (joined == null || !element.lemmas().contains(joined))) {
            return false;
        }
        return switch (element.pos()) {
            case 'N' -> tag.startsWith("NN");
            case 'V' -> tag.startsWith("VB");
            case 'J' -> tag.startsWith("JJ");
            case 'X' -> !tag.startsWith("VB");
            default -> true;
        };
    }

    private static List<TriggerRule> concat(List<TriggerRule> a, List<TriggerRule> b) {
        List<TriggerRule> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    /**
     * The tokenizer splits "cease-fire", "live-fire", "re-impose" and "search-and-rescue" into words and hyphens, so a
     * hyphenated lemma of the lexicon never meets a token: at the last word of such a chain, the words before it joined
     * by their hyphens and this word's own form ("cease-fires" as "cease-fire"), lower case; null when no hyphen
     * precedes the word. Hyphens with spaces around them ("Russia - Ukraine") are dashes, not part of a word.
     */
    static String hyphenated(List<CoreLabel> tokens, int t, String form) {
        if (t < 2 || !isHyphen(tokens.get(t - 1)) || !adjacent(tokens.get(t - 1), tokens.get(t))) {
            return null;
        }
        StringBuilder joined = new StringBuilder(form.toLowerCase(Locale.ROOT));
        int word = t;
        while (word >= 2 && isHyphen(tokens.get(word - 1)) && adjacent(tokens.get(word - 2), tokens.get(word - 1))
                && adjacent(tokens.get(word - 1), tokens.get(word)) && !isHyphen(tokens.get(word - 2))) {
            joined.insert(0, tokens.get(word - 2).word().toLowerCase(Locale.ROOT) + "-");
            word -= 2;
        }
        return word == t ? null : joined.toString();
    }

    private static boolean isHyphen(CoreLabel token) {
        return "-".equals(token.word());
    }

    /** Whether two tokens touch in the text; tokens without offsets (hand-made ones) are taken to touch. */
    private static boolean adjacent(CoreLabel left, CoreLabel right) {
        int end = left.endPosition();
        int begin = right.beginPosition();
        return end < 0 || begin < 0 || end == begin;
    }

    static String lemma(CoreLabel token) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
