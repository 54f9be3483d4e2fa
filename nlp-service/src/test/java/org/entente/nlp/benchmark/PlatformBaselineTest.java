package org.entente.nlp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformBaselineTest {

    @Test
    void warmsUpOnceOnEveryWarmUpTextAndHeadlineWhenTheBenchGivesThem(@TempDir Path dir) throws IOException {
        Path measured = Files.writeString(dir.resolve("bench-texts.txt"), "M1\n\u001d\nmeasured one\n\u001e\n");
        Path warmup = Files.writeString(dir.resolve("bench-warmup-texts.txt"),
                "W1\n\u001d\nwarm one\n\u001e\nW2\n\u001d\nwarm two\n\u001e\nW3\n\u001d\nwarm three\n\u001e\n");
        List<String> texts = PlatformBaseline.textsAndHeadlines(PlatformBaseline.articles(measured));

        List<List<String>> passes = PlatformBaseline.warmUp(new String[] { measured.toString(), warmup.toString() },
                texts);

        // as many texts as nlp-service extracted in the bench's warm-up: 3 articles, a headline and a text each
        assertThat(passes).containsExactly(List.of("W1", "warm one", "W2", "warm two", "W3", "warm three"));
    }

    @Test
    void withoutWarmUpTextsWarmsTwiceOnTheFirstFortyMeasuredOnes(@TempDir Path dir) throws IOException {
        Path measured = Files.writeString(dir.resolve("bench-texts.txt"), "M1\n\u001d\nmeasured one\n\u001e\n");
        List<String> texts = PlatformBaseline.textsAndHeadlines(PlatformBaseline.articles(measured));

        assertThat(PlatformBaseline.warmUp(new String[] { measured.toString() }, texts))
                .containsExactly(List.of("M1", "measured one"), List.of("M1", "measured one"));
    }
}
