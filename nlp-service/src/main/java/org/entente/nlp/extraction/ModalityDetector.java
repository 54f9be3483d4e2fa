package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Asserted, intended or negated: "plan to sign next month" is intent, "declined to sign" and
 * "talks collapsed without a deal" are negated. Looks at the trigger's own modifiers and at the
 * verbs that govern it through xcomp ("refused to", "expects to").
 */
final class ModalityDetector {

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor", "without");
    private static final Set<String> NEGATING_GOVERNORS = Set.of(
            "decline", "fail", "refuse", "deny", "balk", "avoid", "stop", "abandon", "collapse", "stall",
            "founder", "falter", "scrap", "shelve", "cancel", "halt", "suspend", "postpone", "break");
    private static final Set<String> INTENT_GOVERNORS = Set.of(
            "plan", "intend", "expect", "hope", "seek", "aim", "want", "wish", "prepare", "propose", "offer",
            "promise", "pledge", "vow", "set", "due", "poised", "schedule", "consider",
            "mull", "weigh", "likely", "ready", "willing", "eager", "keen", "agree", "decide", "push",
            // "threatened to cut off electricity supplies": the act a threat names is threatened, not done (THREATEN by
            // TypeConvention, coding guide: "a stated intention to sanction, coerce or use force")
            "threaten");
    private static final Set<String> INTENT_AUXILIARIES = Set.of(
            "will", "would", "shall", "'ll", "wo", "could", "may", "might", "should");
    private static final Set<String> INTENT_MODIFIERS = Set.of(
            "planned", "proposed", "upcoming", "expected", "possible", "potential", "future", "prospective", "next");

    Modality detect(ParsedSentence parsed, TriggerMatch trigger, List<CoreLabel> tokens) {
        if (parsed == null) {
            return fromWindow(trigger, tokens);
        }
        int current = trigger.head();
        if (trigger.type() == PloverType.AGREE && RefusedOffers.offerNoun(tokens, current)) {
            return offered(parsed, current, tokens);
        }
        boolean intent = false;
        for (int level = 0; level < 4; level++) {
            for (ParsedSentence.Arc arc : parsed.children(current)) {
                String lemma = TriggerLexicon.lemma(tokens.get(arc.token()));
                if ((arc.is("advmod") || arc.is("neg") || arc.is("det") || arc.is("case")) && NEGATORS.contains(lemma)) {
                    return Modality.NEGATED;
                }
                if (arc.is("aux") && INTENT_AUXILIARIES.contains(lemma)) {
                    intent = true;
                }
                if ((arc.is("amod") || arc.is("obl:tmod") || arc.is("obl:npmod")) && INTENT_MODIFIERS.contains(lemma)) {
                    intent = true;
                }
                if (arc.is("obl") && arc.marker().equals("without")) {
                    // "talks ended without an agreement": the trigger's own outcome did not happen
                    if (trigger.type() == PloverType.AGREE) {
                        return Modality.NEGATED;
                    }
                }
            }
            List<ParsedSentence.Arc> parents = parsed.parents(current);
            if (parents.isEmpty()) {
                break;
            }
            ParsedSentence.Arc up = parents.get(0);
            String governor = TriggerLexicon.lemma(tokens.get(up.token()));
            boolean clausal = up.is("xcomp") || up.is("ccomp") || up.is("csubj") || up.is("nsubj") || up.is("obj")
                    || up.is("obl");
            if (!clausal) {
                break;
            }
            // "agreed on a state visit to Hanoi", "failed to agree after two days of talks": the meeting around the act
            // took place whatever the act's own modality
            boolean occasion = level == 0 && up.is("obl") && parsed.meetingOfTheAct(current);
            if (occasion) {
                governor = "";
            }
            // "refused Mexico's request", "denied Kinshasa's allegations": the request or accusation was made, only the
            // answer is a refusal
            boolean refusedAsking = level == 0 && up.is("obj")
                    && TriggerSelection.answeredClaim(TriggerLexicon.lemma(tokens.get(trigger.head())));
            if (NEGATING_GOVERNORS.contains(governor) && trigger.type() != PloverType.REJECT
                    && trigger.type() != PloverType.SANCTION && !refusedAsking) {
                return Modality.NEGATED;
            }
            if (INTENT_GOVERNORS.contains(governor) && !(level == 0 && up.is("obj"))) {
                intent = true;
            }
            if (!(up.is("xcomp") || up.is("ccomp") || up.is("csubj"))) {
                // a noun trigger: look at its governing verb once, then stop
                current = up.token();
                level = 3;
                for (ParsedSentence.Arc arc : parsed.children(current)) {
                    String lemma = TriggerLexicon.lemma(tokens.get(arc.token()));
                    if ((arc.is("advmod") || arc.is("neg")) && NEGATORS.contains(lemma)) {
                        return Modality.NEGATED;
                    }
                    if (arc.is("aux") && INTENT_AUXILIARIES.contains(lemma)) {
                        intent = true;
                    }
                }
                break;
            }
            current = up.token();
        }
        return intent || promisedAid(trigger, tokens) || headlineFuture(parsed, trigger.head(), tokens)
                ? Modality.INTENT
                : Modality.ASSERTED;
    }

    /**
     * "rejected Pakistan's offer of talks", "turned down offers of help": an offer is a stated intention whatever the
     * verb above it did with it (coding guide, refused offers), unless the noun itself is denied ("no offer").
     */
    private static Modality offered(ParsedSentence parsed, int offer, List<CoreLabel> tokens) {
        for (ParsedSentence.Arc arc : parsed.children(offer)) {
            if ((arc.is("advmod") || arc.is("neg") || arc.is("det"))
                    && NEGATORS.contains(TriggerLexicon.lemma(tokens.get(arc.token())))) {
                return Modality.NEGATED;
            }
        }
        return Modality.INTENT;
    }

    /** Verbs of promising that head an aid rule: the aid is promised, not given. */
    private static final Set<String> PROMISING = Set.of("pledge", "promise", "offer");

    /**
     * "Japan pledged $50 million in aid", "offered relief supplies": a pledge or offer of aid is an intention to help,
     * AGREE by TypeConvention (CAMEO 033, as the dictionary codes PLEDGE/OFFER with aid and money; coding guide: "pledged
     * to supply" is AGREE). Read from the trigger's own head, so the aid rule's recipients are still found.
     */
    private static boolean promisedAid(TriggerMatch trigger, List<CoreLabel> tokens) {
        return trigger.type() == PloverType.AID && ActorResolver.tag(tokens, trigger.head()).startsWith("VB")
                && PROMISING.contains(TriggerLexicon.lemma(tokens.get(trigger.head())));
    }

    /**
     * "Chile, Argentina to hold joint patrol", "US to slap tariffs on Canada": a headline writes the future as "to" on the
     * clause's root, with its own subject and no verb above it. The trigger is that root, its conjunct or its object.
     */
    private static boolean headlineFuture(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        int clause = head;
        for (int step = 0; step < 3; step++) {
            ParsedSentence.Arc up = parsed.treeParent(clause);
            if (up == null) {
                List<ParsedSentence.Arc> children = parsed.treeChildren(clause);
                return children.stream().anyMatch(a -> a.is("nsubj"))
                        && children.stream().anyMatch(a -> a.is("mark") && tokens.get(a.token()).word().equalsIgnoreCase("to"))
                        && children.stream().noneMatch(a -> a.is("aux"));
            }
            if (!(up.is("conj") || up.is("obj"))) {
                return false;
            }
            clause = up.token();
        }
        return false;
    }

    /** Without a parse: look at the few words before the trigger. */
    private Modality fromWindow(TriggerMatch trigger, List<CoreLabel> tokens) {
        boolean intent = false;
        for (int t = Math.max(0, trigger.head() - 4); t < trigger.head(); t++) {
            String lemma = TriggerLexicon.lemma(tokens.get(t));
            if (NEGATORS.contains(lemma) || NEGATING_GOVERNORS.contains(lemma)) {
                return Modality.NEGATED;
            }
            if (INTENT_AUXILIARIES.contains(lemma) || INTENT_GOVERNORS.contains(lemma)) {
                intent = true;
            }
        }
        return intent ? Modality.INTENT : Modality.ASSERTED;
    }
}
