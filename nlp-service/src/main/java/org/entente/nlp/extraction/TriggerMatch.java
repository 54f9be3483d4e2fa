package org.entente.nlp.extraction;

/**
 * A trigger rule matched in one sentence.
 *
 * @param head token index of the word that carries the event (the verb or the noun)
 * @param lastToken token index of the rule's last element
 */
record TriggerMatch(TriggerRule rule, int head, int firstToken, int lastToken, String text) {

    PloverType type() {
        return rule.type();
    }

    /** The same words read as an event of another type, without the rule's subtype. */
    TriggerMatch retyped(PloverType type) {
        return new TriggerMatch(new TriggerRule(type, null, rule.elements(), rule.weight(), rule.flags()), head, firstToken,
                lastToken, text);
    }
}
