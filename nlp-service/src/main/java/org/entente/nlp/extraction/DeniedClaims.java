package org.entente.nlp.extraction;

import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A claim rejected right after it is told: "..., a charge the Kremlin denied", "..., an accusation Kyiv flatly
 * denied", "..., a claim Cairo dismissed as baseless". The parser hangs such a reduced relative in many ways (as
 * dep, parataxis, a compound of the judge's name), so the claim noun is read off the words before the verb: only
 * a determiner, adjectives, the judge's name, adverbs and "that" may stand between.
 */
final class DeniedClaims {

    /** Verbs that accuse, blame or tell: the one nearest before the claim made it ("accusing Moscow of ..."). */
    static final Set<String> CLAIMING = Set.of("accuse", "blame", "allege", "charge", "say", "claim", "suggest", "assert",
            "insist", "tell", "hold");

    /** Verbs that tell an accusation itself: a denial later in the sentence answers it. */
    static final Set<String> ACCUSING = Set.of("accuse", "blame", "allege", "charge", "claim");

    /** Words that leave a denial unmade: "neither confirmed nor denied", "did not deny". */
    private static final Set<String> UNMADE = Set.of("neither", "nor", "not", "never", "n't");

    private DeniedClaims() {
    }

    /**
     * Index of the accusing verb told earlier in the sentence that a denial at head answers ("accused Washington of
     * plotting ...; Madrid denied any involvement", "Baku blamed Armenia, which denied firing it", "Delhi alleges
     * Pakistani hand ...; Islamabad denies"), or -1; -1 as well when the denial is not made ("neither confirms nor
     * denies involvement"). The coding guide: a denied accusation is REJECT toward the accuser.
     */
    static int accusationBefore(List<CoreLabel> tokens, int head) {
        for (int i = Math.max(0, head - 3); i < head; i++) {
            if (UNMADE.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
                return -1;
            }
        }
        for (int i = head - 1; i >= 0; i--) {
            String tag = tokens.get(i).tag() == null ? "" : tokens.get(i).tag();
            if (tag.startsWith("VB") && ACCUSING.contains(TriggerLexicon.lemma(tokens.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the claim noun told just before the verb at head, or -1. */
    static int claimBefore(List<CoreLabel> tokens, int head) {
        for (int i = head - 1; i >= 0 && i >= head - 8; i--) {
            CoreLabel token = tokens.get(i);
            String tag = token.tag() == null ? "" : token.tag();
            if (tag.startsWith("NN") && TriggerSelection.CLAIMS.contains(TriggerLexicon.lemma(token))) {
                String before = i > 0 ? tokens.get(i - 1).tag() : "";
                String first = i > 1 ? tokens.get(i - 2).word() : "";
                // "..., a charge the Kremlin denied": the claim noun opens a phrase of its own after a comma
                // "..., charges the kingdom denies": a bare plural claim noun opens it right after the comma
                return "DT".equals(before) || "JJ".equals(before) || ",".equals(before) || ",".equals(first) ? i : -1;
            }
            if (!(tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("RB")
                    || tag.equals("POS") || tag.equals("WDT") || tag.equals("IN") && "that".equalsIgnoreCase(token.word()))) {
                return -1;
            }
        }
        return -1;
    }
}
