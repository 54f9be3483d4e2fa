package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PairModelTrainerTest {

    /** Forty pairs: a SANCTION hit between the two makes a SANCTION pair, a CONSULT hit a CONSULT pair. */
    private static List<PairModelTrainer.Example> toy() {
        List<PairModelTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String noise = "noise:" + (i % 3);
            if (i % 2 == 0) {
                examples.add(new PairModelTrainer.Example(List.of("bias", "hit:SANCTION:a-h-b", noise),
                        Set.of(PloverType.SANCTION)));
            } else {
                examples.add(new PairModelTrainer.Example(List.of("bias", "hit:CONSULT:a-h-b", noise),
                        Set.of(PloverType.CONSULT)));
            }
        }
        examples.add(new PairModelTrainer.Example(List.of("bias", "once"), Set.of()));
        return examples;
    }

    @Test
    void aFeaturesTypeIsLearned() {
        PairModel model = new PairModel(PairModelTrainer.train(toy()), Map.of());

        assertThat(model.probability(PloverType.SANCTION, List.of("bias", "hit:SANCTION:a-h-b"))).isGreaterThan(0.8);
        assertThat(model.probability(PloverType.SANCTION, List.of("bias", "hit:CONSULT:a-h-b"))).isLessThan(0.2);
        assertThat(model.probability(PloverType.CONSULT, List.of("bias", "hit:CONSULT:a-h-b"))).isGreaterThan(0.8);
    }

    @Test
    void rareFeaturesAreLeftOutAndTrainingRepeatsByteForByte() {
        Map<PloverType, Map<String, Double>> first = PairModelTrainer.train(toy());
        Map<PloverType, Map<String, Double>> second = PairModelTrainer.train(toy());

        assertThat(first.get(PloverType.SANCTION)).doesNotContainKey("once");
        assertThat(second.toString()).isEqualTo(first.toString());
    }
}
