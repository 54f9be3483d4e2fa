package org.entente.relations.stories;

import org.entente.relations.domain.StoryParameters;

/**
 * How much more a story event weighs when more independent outlets report it:
 * c(n) = min(cap, 1 + step × log2(n)). One outlet is the plain event (c = 1); each doubling of the
 * outlets adds {@code step}; the cap keeps a story that every wire service copies from outweighing
 * a second, distinct event (defaults: 2 outlets 1.25, 3 about 1.40, 4 and more 1.5).
 */
public final class Corroboration {

    private static final double LN2 = StrictMath.log(2.0);

    private Corroboration() {
    }

    /** StrictMath: the factor of the same count must be the same double in every run (exact ties). */
    public static double factor(int outlets, StoryParameters parameters) {
        if (outlets < 1) {
            throw new IllegalArgumentException("a story has at least one outlet");
        }
        double grown = 1.0 + parameters.corroborationStep() * (StrictMath.log(outlets) / LN2);
        return Math.min(parameters.corroborationCap(), grown);
    }
}
