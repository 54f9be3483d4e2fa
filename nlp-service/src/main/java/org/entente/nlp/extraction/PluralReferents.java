package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parties of a mutual event told by a plural word that stands for states named before it: "Egypt, Jordan and Qatar
 * called on Israel ..., in a joint statement issued after their ministers met in Cairo", "Costa Rica, Panama and Colombia
 * agreed ..., their foreign ministers said after meeting in Panama City", "Norway hosted the leaders of Britain, Sweden
 * and Finland ..., where they agreed to step up joint patrols", "X hosted Y and Z ..., where the three leaders signed".
 * The event found no other party (at most one state, a guess for the plural word); its subject (or the subject of the clause a
 * meeting noun or participle hangs on)
 * is "they", a noun owned by "their", or a counted phrase, and it stands for the group of the nearest event told before
 * it with two or more states on one side (a host with its guests, or a list of co-subjects). The parties then act with
 * each other, as a mutual event's co-subjects do.
 */
final class PluralReferents {

    private static final Set<String> PRONOUNS = Set.of("they", "them");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6);

    Actors complete(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved, ParsedSentence parsed) {
        // a plural word stands for two or more states: one source found for it is a guess from word order or a pronoun
        // read as the state named last ("where they agreed" after "... and Finland")
        boolean partyless = FallbackActors.distinctCodes(found.sources()) < 2 && found.targets().isEmpty()
                && found.mutual().isEmpty();
        if (parsed == null || !partyless || !trigger.rule().reciprocal()) {
            return found;
        }
        int subject = subject(parsed, trigger.head());
        if (subject < 0) {
            return found;
        }
        int count = count(parsed, subject);
        if (count < 0) {
            return found;
        }
        List<Mention> group = nearestGroup(trigger, resolved, count);
        return group.isEmpty() ? found : found.with(group, List.of(), false);
    }

    /**
     * The subject of the trigger, or of the verb its meeting noun or participle hangs on ("said after meeting", "said
     * after talks"), at most two steps up.
     */
    private static int subject(ParsedSentence parsed, int head) {
        int current = head;
        for (int steps = 0; steps < 3; steps++) {
            for (ParsedSentence.Arc arc : parsed.treeChildren(current)) {
                if (arc.is("nsubj")) {
                    return arc.token();
                }
            }
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null || !(up.is("advcl") || up.is("obl") || up.is("nmod"))) {
                return -1;
            }
            current = up.token();
        }
        return -1;
    }

    /**
     * How many states the subject stands for: 0 for "they" or "their ministers" (any number of two or more), the
     * numeral of "the three leaders"; -1 when it is no such word.
     */
    private static int count(ParsedSentence parsed, int subject) {
        String word = parsed.word(subject).toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word)) {
            return 0;
        }
        List<ParsedSentence.Arc> children = parsed.treeChildren(subject);
        boolean definite = false;
        int numeral = -1;
        for (ParsedSentence.Arc arc : children) {
            String w = parsed.word(arc.token()).toLowerCase(Locale.ROOT);
            if (arc.is("nmod:poss") && w.equals("their")) {
                return 0;
            }
            definite |= arc.is("det") && w.equals("the");
            if (arc.is("nummod") && COUNTS.containsKey(w)) {
                numeral = COUNTS.get(w);
            }
        }
        return definite ? numeral : -1;
    }

    /** The states on one side of the nearest event told before the trigger: a host with its guests, or co-subjects. */
    private static List<Mention> nearestGroup(TriggerMatch trigger, Map<TriggerMatch, Actors> resolved, int count) {
        List<Mention> best = List.of();
        int bestHead = -1;
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            TriggerMatch other = entry.getKey();
            if (other == trigger || other.head() >= trigger.head() || other.head() < bestHead) {
                continue;
            }
            Actors actors = entry.getValue();
            List<Mention> group = new ArrayList<>();
            if (!actors.mutual().isEmpty()) {
                // "Norway hosted the leaders of Britain, Sweden and Finland": the host and its guests
                addDistinct(group, actors.sources());
                addDistinct(group, actors.targets());
                addDistinct(group, actors.mutual());
            } else {
                addDistinct(group, actors.sources());
            }
            if (group.size() >= 2 && (count == 0 || group.size() == count)) {
                best = group;
                bestHead = other.head();
            }
        }
        return best;
    }

    private static void addDistinct(List<Mention> group, List<Mention> more) {
        for (Mention m : more) {
            if (group.stream().noneMatch(g -> g.code().equals(m.code()))) {
                group.add(m);
            }
        }
    }
}
