package org.entente.nlp.extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A message or letter is the medium of what it says: "Xi sent a message congratulating Lula" is the congratulation
 * (SUPPORT), "sent a congratulatory message to Prabowo" too, not also a meeting (CAMEO 040 reads "send message" as
 * CONSULT). A message that carries no act of its own stays a contact.
 */
final class MessageContents {

    private static final Set<String> MEDIA = Set.of("message", "letter", "cable", "telegram", "note");
    /** Words on the message that say it brings support: "a congratulatory message", "a message of condolence". */
    private static final Set<String> SUPPORTING = Set.of("congratulatory", "congratulation", "congratulations",
            "condolence", "condolences", "sympathy", "felicitation", "felicitations", "greeting", "greetings", "thanks",
            "goodwill", "solidarity", "support");
    /** What a message may say to its addressee, each an event of its own. */
    private static final Set<PloverType> SAID = EnumSet.of(PloverType.SUPPORT, PloverType.REQUEST, PloverType.DEMAND,
            PloverType.DISAPPROVE, PloverType.ACCUSE, PloverType.THREATEN, PloverType.AGREE, PloverType.REJECT,
            PloverType.PROTEST);

    /** The message noun of a CONSULT trigger ("sent a message"), or -1. */
    static int medium(TriggerMatch trigger, SentenceContext sentence) {
        if (trigger.type() != PloverType.CONSULT) {
            return -1;
        }
        for (int i = trigger.firstToken(); i <= trigger.lastToken(); i++) {
            if (i != trigger.head() && MEDIA.contains(TriggerLexicon.lemma(sentence.tokens().get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** "a congratulatory message", "a message of condolence": the sending is SUPPORT. */
    TriggerMatch retype(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        int medium = medium(trigger, sentence);
        if (medium < 0 || parsed == null) {
            return trigger;
        }
        for (ParsedSentence.Arc arc : parsed.children(medium)) {
            if ((arc.is("amod") || arc.is("compound") || arc.is("nmod"))
                    && SUPPORTING.contains(TriggerLexicon.lemma(sentence.tokens().get(arc.token())))) {
                return trigger.retyped(PloverType.SUPPORT);
            }
        }
        return trigger;
    }

    /** Drops the sending of a message when the sentence tells what it said to the same state. */
    void dropCarriers(List<EventCandidate> chosen, SentenceContext sentence) {
        chosen.removeIf(c -> medium(c.trigger(), sentence) >= 0 && chosen.stream().anyMatch(
                o -> o != c && SAID.contains(o.trigger().type()) && o.pairKey().equals(c.pairKey())));
    }
}
