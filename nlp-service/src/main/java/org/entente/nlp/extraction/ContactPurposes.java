package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The purpose of a contact: "summoned Iran's ambassador to demand an explanation", "called Albanese to congratulate him",
 * "flew to Washington to press for the release". The contact (a meeting, call, visit or summons) is where the purpose is
 * carried out, so the infinitive is told as an act of its own between the same pair, not as something merely wanted;
 * its doer is the contact's doer (the parse often makes the person summoned or called its subject), and when it names
 * no state of its own it is aimed at whom the contact reached.
 */
final class ContactPurposes {

    /** Types of the verb of contact under which a purpose is carried out. */
    private static final Set<PloverType> CONTACTS = Set.of(PloverType.CONSULT, PloverType.PROTEST);

    /** "called on X to ...", "called for talks to ...": a call that asks is no contact. */
    private static final Set<String> ASKING_MARKERS = Set.of("on", "for", "upon");

    /**
     * The head of the contact trigger among {@code triggers} whose purpose the infinitive at {@code verb} tells, or -1.
     */
    static int contact(ParsedSentence parsed, int verb, List<CoreLabel> tokens, Map<Integer, TriggerMatch> triggers) {
        if (parsed == null || !ActorResolver.tag(tokens, verb).equals("VB")) {
            return -1;
        }
        boolean infinitive = parsed.treeChildren(verb).stream()
                .anyMatch(a -> a.is("mark") && parsed.word(a.token()).equalsIgnoreCase("to"));
        ParsedSentence.Arc up = parsed.treeParent(verb);
        if (!infinitive || up == null || !(up.is("advcl") || up.is("xcomp"))) {
            return -1;
        }
        int governor = up.token();
        TriggerMatch contact = triggers.get(governor);
        if (contact == null || !CONTACTS.contains(contact.type())
                || !ActorResolver.tag(tokens, governor).startsWith("VB")) {
            return -1;
        }
        // the word right after the verb: "on Tuesday" later in the clause asks no one
        boolean asking = governor + 1 < tokens.size()
                && ASKING_MARKERS.contains(tokens.get(governor + 1).word().toLowerCase(java.util.Locale.ROOT));
        return asking ? -1 : governor;
    }

    /** The purpose's actors: the contact's doers act, upon its own state named or else upon whom the contact reached. */
    Actors complete(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved, ParsedSentence parsed,
            SentenceContext sentence) {
        if (parsed == null) {
            return found;
        }
        Map<Integer, TriggerMatch> byHead = new java.util.HashMap<>();
        resolved.keySet().forEach(t -> byHead.put(t.head(), t));
        int governor = contact(parsed, trigger.head(), sentence.tokens(), byHead);
        if (governor < 0) {
            return found;
        }
        Actors contact = resolved.get(byHead.get(governor));
        if (contact == null || contact.sources().isEmpty()) {
            return found;
        }
        List<String> doers = contact.sources().stream().map(Mention::code).toList();
        List<Mention> targets = new ArrayList<>();
        if (!found.guessed()) {
            found.targets().stream().filter(m -> !doers.contains(m.code())).forEach(targets::add);
        }
        if (targets.isEmpty()) {
            contact.targets().stream().filter(m -> !doers.contains(m.code())).forEach(targets::add);
        }
        return found.with(contact.sources(), targets, contact.guessed());
    }
}
