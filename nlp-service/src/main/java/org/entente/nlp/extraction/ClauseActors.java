package org.entente.nlp.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The other parties of an event whose trigger found only its actor in the parse, taken from the states named in the
 * trigger's own clause. A meeting or joint exercise gathers every state of
 * its clause: "Xi played host to the leaders of Kazakhstan, Kyrgyzstan and Tajikistan for a summit" gives the host
 * with each guest and the guests with each other, as does "A and B co-chaired a summit attended by the leaders of C
 * and D". Any other mutual event takes the nearest state after its trigger, with the states listed beside it, as the
 * other side: "will not sign a deal to swap energy for water with Israel", "dropped bombs on Iran's enrichment sites";
 * a one-sided event the same when that state is named at most eight tokens after the trigger ("massed troops along its
 * border with Lebanon", "closed its airspace to flights bound for Mali").
 * The clause is the basic tree below the clause head without the further clauses hung on it (one with a subject of its
 * own, a finite adverbial clause, "..., the ministry said", a conjoined verb), so neither a speaker nor the parties of
 * another act are taken. Venues stay out unless the trigger takes its place as the other party. Guessed actors lower
 * the confidence like word-order guesses.
 */
final class ClauseActors {

    /** Relations below which another clause starts. */
    private static final Set<String> CLAUSE_LINKS = Set.of("parataxis", "advcl", "ccomp", "csubj", "acl:relcl", "list");
    /** Words that may stand between the members of a list of states: "France, Germany and the United Kingdom". */
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the");
    /** How far after its trigger the other party of a one-sided event may be named, in tokens (as in FallbackActors). */
    private static final int MAX_DISTANCE = 8;

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        boolean sourcesOnly = !found.sources().isEmpty() && found.targets().isEmpty() && found.mutual().isEmpty();
        if (parsed == null || !sourcesOnly) {
            return found;
        }
        PloverType type = trigger.type();
        boolean mutual = trigger.rule().reciprocal();
        if (mutual && type != PloverType.CONSULT && FallbackActors.distinctCodes(found.sources()) >= 2) {
            return found; // "Egypt and Jordan signed": they acted with each other (but others may attend a meeting)
        }
        Set<Integer> clause = clause(parsed, clauseHead(parsed, trigger.head(), sentence.tokens()), sentence.tokens());
        boolean venues = trigger.rule().venueMayBeTarget();
        Set<String> known = new HashSet<>();
        found.sources().forEach(m -> known.add(m.code()));
        found.hosts().forEach(m -> known.add(m.code())); // a host or witness is no other party of the act
        List<Mention> candidates = sentence.mentions().stream()
                .filter(m -> m.isNation() && (!m.venue() || venues) && clause.contains(m.firstToken()))
                .filter(m -> !m.covers(trigger.head()) && !known.contains(m.code()))
                // a one-sided event takes only a state written close after its trigger
                .filter(m -> mutual || m.firstToken() - trigger.lastToken() <= MAX_DISTANCE)
                .sorted(Comparator.comparingInt(Mention::firstToken))
                .toList();
        if (candidates.isEmpty()) {
            return found;
        }
        if (mutual && (type == PloverType.CONSULT || type == PloverType.COOPERATE)) {
            List<Mention> everyone = new ArrayList<>(found.sources());
            everyone.addAll(candidates);
            return new Actors(found.sources(), candidates, found.subjectKnown(), true, true, everyone, found.hosts());
        }
        List<Mention> after = listAfter(candidates, trigger.lastToken(), sentence.tokens());
        if (after.isEmpty() && !mutual) {
            after = placeOwners(candidates, trigger, parsed);
        }
        return after.isEmpty() ? found : found.with(found.sources(), after, true);
    }

    /** Modifiers that name whose place a prepositional phrase is, not whose thing the verb's object is. */
    private static final Set<String> OWNER_LINKS = Set.of("amod", "nmod:poss", "compound");

    /**
     * The states that own a place named by the trigger's own prepositional element: "massing troops near the Eritrean
     * border", "massed troops near Ukraine's eastern frontier" (the rule's last element, "border", comes after the
     * state, so the state is no candidate after the trigger). "moved Russian troops to the border" stays without one:
     * "Russian" modifies the object, not the place.
     */
    private static List<Mention> placeOwners(List<Mention> candidates, TriggerMatch trigger, ParsedSentence parsed) {
        List<Mention> owners = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.firstToken() <= trigger.head() || m.lastToken() >= trigger.lastToken()) {
                continue;
            }
            ParsedSentence.Arc up = parsed.treeParent(m.lastToken());
            if (up == null || !OWNER_LINKS.contains(up.relation()) || up.token() < trigger.firstToken()
                    || up.token() > trigger.lastToken()) {
                continue;
            }
            ParsedSentence.Arc place = parsed.treeParent(up.token());
            if (place != null && (place.is("obl") || place.is("nmod"))) {
                owners.add(m);
            }
        }
        return owners;
    }

    /** The nearest state after the trigger, with the states listed right after it ("France and the UAE"). */
    private static List<Mention> listAfter(List<Mention> candidates, int edge, List<CoreLabel> tokens) {
        List<Mention> members = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.firstToken() <= edge) {
                continue;
            }
            if (members.isEmpty() || onlyGlue(tokens, members.get(members.size() - 1).lastToken() + 1, m.firstToken())) {
                members.add(m);
            } else {
                break;
            }
        }
        return members;
    }

    private static boolean onlyGlue(List<CoreLabel> tokens, int from, int to) {
        boolean joined = false;
        for (int i = from; i < to; i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (!LIST_GLUE.contains(word) || to - from > 3) {
                return false;
            }
            joined |= !word.equals("the");
        }
        return joined;
    }

    /** The verb or predicate of the trigger's clause: a noun trigger climbs to the word its phrase depends on. */
    private static int clauseHead(ParsedSentence parsed, int trigger, List<CoreLabel> tokens) {
        int current = trigger;
        for (int steps = 0; steps < 6; steps++) {
            String tag = ActorResolver.tag(tokens, current);
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (tag.startsWith("VB") || tag.startsWith("JJ") || up == null) {
                return current;
            }
            current = up.token();
        }
        return current;
    }

    /** The tokens of the clause below head, without the further clauses hung on it. */
    private static Set<Integer> clause(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        Set<Integer> tokensOf = new HashSet<>();
        Deque<Integer> queue = new ArrayDeque<>(List.of(head));
        while (!queue.isEmpty()) {
            int token = queue.poll();
            if (!tokensOf.add(token)) {
                continue;
            }
            for (ParsedSentence.Arc arc : parsed.treeChildren(token)) {
                if (!startsClause(parsed, arc, tokens)) {
                    queue.add(arc.token());
                }
            }
        }
        return tokensOf;
    }

    private static boolean startsClause(ParsedSentence parsed, ParsedSentence.Arc arc, List<CoreLabel> tokens) {
        if (CLAUSE_LINKS.contains(arc.relation())) {
            // only an infinitive of purpose without a subject stays: "wielded its veto to kill a draft by France"
            List<ParsedSentence.Arc> below = parsed.treeChildren(arc.token());
            List<String> marks = below.stream().filter(a -> a.is("mark"))
                    .map(a -> parsed.word(a.token()).toLowerCase(Locale.ROOT)).toList();
            boolean infinitive = arc.relation().equals("advcl") && below.stream().noneMatch(a -> a.is("nsubj"))
                    && marks.contains("to") && marks.stream().allMatch("to"::equals);
            return !infinitive;
        }
        return arc.is("conj") && ActorResolver.tag(tokens, arc.token()).startsWith("VB");
    }
}
