package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

class PairModelSelectionTest {

    /** Twelve writers of 3 to 14 sentences, one pair a sentence. */
    private static List<PairExamples.Coded> data() {
        List<PairExamples.Coded> data = new ArrayList<>();
        int sentence = 0;
        for (int w = 0; w < 12; w++) {
            for (int i = 0; i < 3 + w; i++) {
                data.add(new PairExamples.Coded(sentence++, "set-" + (char) ('a' + w), "AAA|BBB",
                        new PairModelTrainer.Example(List.of("bias"), Set.of()), Set.of(), Set.of()));
            }
        }
        return data;
    }

    @Test
    void aWritersSentencesAreAllInOneFoldAndFoldsAreOfLikeSize() {
        List<PairExamples.Coded> data = data();
        ToIntFunction<PairExamples.Coded> folds = PairModelSelection.byWriter(data);

        Map<String, Integer> foldOfWriter = new HashMap<>();
        int[] size = new int[PairModelSelection.FOLDS];
        for (PairExamples.Coded c : data) {
            assertThat(foldOfWriter.computeIfAbsent(c.writer(), w -> folds.applyAsInt(c))).isEqualTo(folds.applyAsInt(c));
            size[folds.applyAsInt(c)]++;
        }
        for (int s : size) {
            assertThat(s).isBetween(18, 24);
        }
    }

    @Test
    void sentenceFoldsSplitAWriter() {
        List<PairExamples.Coded> data = data();
        ToIntFunction<PairExamples.Coded> folds = PairModelSelection.bySentence();

        assertThat(data.stream().filter(c -> c.writer().equals("set-l")).mapToInt(folds).distinct().count())
                .isGreaterThan(1);
    }

    @Test
    void theWriterIsTheIdWithoutItsNumber() {
        assertThat(PairExamples.writer("blind9-d-001")).isEqualTo("blind9-d");
        assertThat(PairExamples.writer("own-042")).isEqualTo("own");
    }
}
