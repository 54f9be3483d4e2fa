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

    private DeniedClaims() {
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
                return "DT".equals(before) || "JJ".equals(before) || ",".equals(first) ? i : -1;
            }
            if (!(tag.startsWith("NN") || tag.equals("DT") || tag.startsWith("JJ") || tag.startsWith("RB")
                    || tag.equals("POS") || tag.equals("WDT") || tag.equals("IN") && "that".equalsIgnoreCase(token.word()))) {
                return -1;
            }
        }
        return -1;
    }
}
