package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The committed learned-pairs model is what a fresh training on the readable coded sentences gives, so its origin stays
 * visible: any change to the rules, the features or the data makes this fail until the model is regenerated with
 * {@code -Dlearned.regenerate=true}. Runs the rules over about 4,500 sentences (minutes); the training and the
 * cross-validation that choose the thresholds take about a minute. Writes the out-of-fold table to
 * target/learned-pairs-cv.md and the rule events the filter drops on held-out writers, one a line, to
 * target/learned-pairs-drops.tsv; {@code -Dlearned.compare=true} adds folds by sentence beside the folds by writer.
 * {@code -Dlearned.examples=FILE} keeps the rules' pairs in FILE and reads them from there on the next run: for trying
 * the selection alone, never with a rule or feature changed since, and refused together with regeneration (the model
 * such a run would give goes to target/learned-pairs-fresh.tsv; this test, run plainly, says whether it is the fresh one).
 */
class LearnedPairsModelTest {

    static final Path MODEL = Path.of("src/main/resources" + LearnedPairs.RESOURCE);

    @Test
    void committedModelIsAFreshTraining() throws IOException {
        boolean regenerate = Boolean.getBoolean("learned.regenerate");
        String kept = System.getProperty("learned.examples");
        if (regenerate && kept != null) {
            throw new IllegalArgumentException("a model is regenerated from the rules' pairs of this run, not a kept file");
        }
        List<LabeledSentence> sentences = PairExamples.sentences();
        long start = System.nanoTime();
        List<PairExamples.Coded> data = kept == null ? PairExamples.collect(sentences)
                : PairExamplesFile.readOrCollect(Path.of(kept), sentences);
        long annotated = System.nanoTime();
        StringBuilder report = new StringBuilder();
        List<String> drops = new ArrayList<>();
        String fresh = LearnedPairsFile.render(sentences, data, Boolean.getBoolean("learned.compare"), report, drops);
        long trained = System.nanoTime();
        report.append(String.format("%nRules and features over %d sentences: %.1f s; cross-validation and training: %.1f s%n",
                sentences.size(), (annotated - start) / 1e9, (trained - annotated) / 1e9));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/learned-pairs-cv.md"), report.toString());
        Files.write(Path.of("target/learned-pairs-drops.tsv"), drops);
        if (regenerate) {
            Files.writeString(MODEL, fresh);
        }
        Files.writeString(Path.of("target/learned-pairs-fresh.tsv"), fresh);
        assertThat(Files.exists(MODEL) ? Files.readString(MODEL) : "").isEqualTo(fresh);
    }
}
