package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which triggers of a sentence speak for an event. One rule per word (the most specific);
 * a noun that is the object of a trigger verb is the same event ("aid was pledged": the heavier
 * rule wins); and a trigger embedded in what another trigger says, wants or refuses ("threatened
 * to cut ties", "rejected an offer of talks") is not an event of its own.
 */
final class TriggerSelection {

    private static final Set<String> SAME_EVENT_LINKS = Set.of("obj", "nsubj:pass", "nsubj", "iobj");

    List<TriggerMatch> select(List<TriggerMatch> triggers, SentenceContext sentence, ParsedSentence parsed) {
        Map<Integer, TriggerMatch> perAnchor = new LinkedHashMap<>();
        for (TriggerMatch trigger : triggers) {
            if (insideMention(trigger, sentence) || absent(trigger, parsed) || modifier(trigger, parsed)) {
                continue;
            }
            perAnchor.merge(anchor(trigger, parsed), trigger, TriggerSelection::stronger);
        }
        if (parsed == null) {
            return new ArrayList<>(perAnchor.values());
        }
        List<Integer> anchors = new ArrayList<>(perAnchor.keySet());
        for (Integer child : List.copyOf(anchors)) {
            ParsedSentence.Arc up = parsed.treeParent(child);
            if (up != null && SAME_EVENT_LINKS.contains(up.relation()) && perAnchor.containsKey(up.token())) {
                TriggerMatch outer = perAnchor.get(up.token());
                TriggerMatch inner = perAnchor.get(child);
                if (inner.rule().weight() > outer.rule().weight()) {
                    perAnchor.remove(up.token());
                } else {
                    perAnchor.remove(child);
                }
            }
        }
        List<TriggerMatch> selected = new ArrayList<>();
        for (Map.Entry<Integer, TriggerMatch> entry : perAnchor.entrySet()) {
            boolean embedded = perAnchor.keySet().stream()
                    .anyMatch(other -> !other.equals(entry.getKey()) && parsed.embeds(other, entry.getKey()));
            if (!embedded) {
                selected.add(entry.getValue());
            }
        }
        return selected;
    }

    /** For one word, the most specific rule; "must" frames the verb it governs, so it wins there. */
    private static TriggerMatch stronger(TriggerMatch a, TriggerMatch b) {
        if (a.rule().subjectIsTarget() != b.rule().subjectIsTarget()) {
            return a.rule().subjectIsTarget() ? a : b;
        }
        return a.rule().weight() >= b.rule().weight() ? a : b;
    }

    /** Where a trigger sits in the tree: "must" stands for the verb it governs. */
    static int anchor(TriggerMatch trigger, ParsedSentence parsed) {
        if (parsed != null && trigger.rule().subjectIsTarget()) {
            ParsedSentence.Arc up = parsed.treeParent(trigger.head());
            if (up != null) {
                return up.token();
            }
        }
        return trigger.head();
    }

    /** "talks collapsed without a deal": the deal is what did not happen, not an event. */
    private static boolean absent(TriggerMatch trigger, ParsedSentence parsed) {
        return parsed != null && parsed.treeChildren(trigger.head()).stream()
                .anyMatch(arc -> arc.is("case") && parsed.word(arc.token()).equalsIgnoreCase("without"));
    }

    /** "the occupied West Bank", "the agreed ceasefire": a participle that describes a noun is no event of its own. */
    private static boolean modifier(TriggerMatch trigger, ParsedSentence parsed) {
        if (parsed == null) {
            return false;
        }
        ParsedSentence.Arc up = parsed.treeParent(trigger.head());
        return up != null && up.is("amod");
    }

    private static boolean insideMention(TriggerMatch trigger, SentenceContext sentence) {
        return sentence.mentions().stream().anyMatch(m -> m.covers(trigger.head()));
    }
}
