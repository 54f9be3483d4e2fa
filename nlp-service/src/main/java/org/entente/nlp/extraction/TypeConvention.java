package org.entente.nlp.extraction;

import java.util.EnumSet;
import java.util.Set;

/**
 * CAMEO's convention for stated intentions, which PLOVER and GDELT follow: a promise or plan to
 * cooperate, help, meet or yield is coded as AGREE (CAMEO 03, "express intent to cooperate"), and a
 * stated intention to sanction, coerce or use force as THREATEN (CAMEO 13). The modality stays
 * {@code intent}, so "Japan will provide patrol boats" is AGREE/intent and "X will impose
 * sanctions" THREATEN/intent; "will withdraw unless ..." is THREATEN too.
 */
final class TypeConvention {

    private static final Set<PloverType> COOPERATIVE = EnumSet.of(
            PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT,
            PloverType.CONSULT);
    private static final Set<PloverType> HOSTILE = EnumSet.of(
            PloverType.SANCTION, PloverType.COERCE, PloverType.FIGHT, PloverType.ASSAULT, PloverType.PROTEST,
            PloverType.MOBILIZE);

    /**
     * @param unless the intention comes with an "unless" condition ("will withdraw its force unless
     *     ..."), which makes even a cooperative step a threat (CAMEO 13)
     */
    PloverType apply(PloverType type, Modality modality, boolean unless) {
        if (modality != Modality.INTENT) {
            return type;
        }
        if (unless && type != PloverType.AGREE) {
            return PloverType.THREATEN;
        }
        if (COOPERATIVE.contains(type)) {
            return PloverType.AGREE;
        }
        if (HOSTILE.contains(type)) {
            return PloverType.THREATEN;
        }
        return type;
    }
}
