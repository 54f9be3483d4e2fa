package org.entente.nlp.extraction;

/**
 * Welcoming a person in office is receiving a visitor: "Vucic warmly welcomed Chinese President Xi Jinping to Belgrade",
 * "Qatar's Emir (R) welcomes Brazilian President Lula at the Amiri Diwan", "Starmer welcomed President Zelenskyy to
 * Downing Street" are meetings (CONSULT; CAMEO 043, as PETRARCH2's "welcome counterparts"), where welcoming a step, a
 * plan or a state ("welcomed the ceasefire", "welcomed the efforts of U.S. President Trump", "welcomed Syria back into
 * the fold") is support. The hand row "welcome" (SUPPORT) hides the dictionary's pattern at that word, so the welcomed
 * person is read from the parse: the verb's direct object is an official or a title.
 */
final class WelcomedVisitors {

    private WelcomedVisitors() {
    }

    /** The trigger as a meeting when it welcomes a person in office, else unchanged. */
    static TriggerMatch retype(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || trigger.type() != PloverType.SUPPORT
                || !"welcome".equals(TriggerLexicon.lemma(sentence.tokens().get(trigger.head())))
                || !ActorResolver.tag(sentence.tokens(), trigger.head()).startsWith("VB")) {
            return trigger;
        }
        for (ParsedSentence.Arc arc : parsed.children(trigger.head())) {
            if (arc.is("obj") && SentenceEventFinder.personInOffice(arc.token(), parsed, sentence)) {
                return trigger.retyped(PloverType.CONSULT);
            }
        }
        return trigger;
    }
}
