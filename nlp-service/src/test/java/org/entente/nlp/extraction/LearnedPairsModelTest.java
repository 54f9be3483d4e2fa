package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The committed learned-pairs model is what a fresh training on the readable coded sentences gives, so its origin stays
 * visible: any change to the rules, the features or the data makes this fail until the model is regenerated with
 * {@code -Dlearned.regenerate=true}. Runs the rules over about 4,100 sentences (minutes); the training and the
 * cross-validation that choose the thresholds take seconds. Writes the out-of-fold table to
 * target/learned-pairs-cv.md.
 */
class LearnedPairsModelTest {

    static final Path MODEL = Path.of("src/main/resources" + LearnedPairs.RESOURCE);

    @Test
    void committedModelIsAFreshTraining() throws IOException {
        List<LabeledSentence> sentences = PairExamples.sentences();
        long start = System.nanoTime();
        List<PairExamples.Coded> data = PairExamples.collect(sentences);
        long annotated = System.nanoTime();
        StringBuilder report = new StringBuilder();
        String fresh = LearnedPairsFile.render(sentences.size(), data, report);
        long trained = System.nanoTime();
        report.append(String.format("%nRules and features over %d sentences: %.1f s; cross-validation and training: %.1f s%n",
                sentences.size(), (annotated - start) / 1e9, (trained - annotated) / 1e9));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/learned-pairs-cv.md"), report.toString());
        if (Boolean.getBoolean("learned.regenerate")) {
            Files.writeString(MODEL, fresh);
        }
        assertThat(Files.exists(MODEL) ? Files.readString(MODEL) : "").isEqualTo(fresh);
    }
}
