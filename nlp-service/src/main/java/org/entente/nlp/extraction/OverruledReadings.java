package org.entente.nlp.extraction;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

/**
 * The types the rules read on a pair of a sentence and then turned into another by a convention of the coding guide:
 * forces deployed into a state are cooperation with it, not a show of force (MOBILIZE read, COOPERATE kept); an apology
 * or agreement under the other state's demand is giving in (SUPPORT or AGREE read, CONCEDE kept); a stated intention
 * to act is AGREE or THREATEN. The rules decided against the read type for that pair,
 * so the learned pass may not add it back: a model trained on pairs it saw only a few times does not know the
 * convention, and adding the read type would undo the rule.
 */
final class OverruledReadings {

    private final Map<String, Set<PloverType>> byPair = new HashMap<>();

    /** The rules read {@code read} for the pair and kept {@code kept}; nothing is recorded when they are the same. */
    void retyped(PloverType read, PloverType kept, String source, String target) {
        // a strike read as ASSAULT for its civilian object leaves the clash: coders code FIGHT beside ASSAULT (the pass
        // adds it there, LearnedPairs); with FIGHT blocked here too, its additions out of fold fell 24 / 6 -> 10 / 5
        boolean clashBesideStrike = read == PloverType.FIGHT && kept == PloverType.ASSAULT;
        if (read != null && read != kept && !clashBesideStrike) {
            byPair.computeIfAbsent(PairKey.of(source, target), k -> EnumSet.noneOf(PloverType.class)).add(read);
        }
    }

    /**
     * A convention that retypes events after they were made: every type it took away from a pair is recorded, a type
     * still on the pair after it (a step back kept beside the concession) is not.
     */
    void retyped(Collection<ExtractedEvent> before, Collection<ExtractedEvent> after) {
        for (ExtractedEvent e : before) {
            String pair = PairKey.of(e.source(), e.target());
            boolean kept = after.stream()
                    .anyMatch(k -> k.type() == e.type() && PairKey.of(k.source(), k.target()).equals(pair));
            if (!kept) {
                byPair.computeIfAbsent(pair, k -> EnumSet.noneOf(PloverType.class)).add(e.type());
            }
        }
    }

    /** The types the rules decided against on the pair (a {@link PairKey}), read in either order. */
    Set<PloverType> on(String pair) {
        Set<PloverType> types = byPair.get(pair);
        return types == null ? Set.of() : types;
    }
}
