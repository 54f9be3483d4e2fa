package org.entente.nlp.extraction;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Prints what the extractor finds in the sentences of {@code -Dprobe="one|two"} or of the lines of
 * {@code -Dprobe.file=...} (a line may start with the article's date, {@code 2003-05-01 ...}), for looking at a
 * difference by hand. Skipped unless the property is set: {@code -Dtest=ExtractionProbe -Dprobe="..."}.
 */
class ExtractionProbe {

    @Test
    void print() {
        String file = System.getProperty("probe.file");
        String probe = file == null ? System.getProperty("probe") : read(file);
        assumeTrue(probe != null && !probe.isBlank(), "no -Dprobe sentences");
        ArticleExtractor extractor = ArticleExtractor.create();
        for (String sentence : probe.split("[|\n]")) {
            // "2003-05-01 President Bush ...": a leading date is the article's date
            java.time.LocalDate date = sentence.matches("\\d{4}-\\d\\d-\\d\\d .*")
                    ? java.time.LocalDate.parse(sentence.substring(0, 10))
                    : null;
            Extraction found = extractor.extract(date == null ? sentence : sentence.substring(11), date);
            System.out.println("PROBE " + sentence);
            found.nations().forEach(n -> System.out.println("PROBE   nation " + n.code() + " '" + n.text() + "'"));
            found.events().forEach(e -> System.out.println("PROBE   event " + e.type() + " " + e.source() + ">" + e.target()
                    + " " + e.modality() + " [" + e.trigger() + "] " + e.confidence()));
        }
    }

    private static String read(String file) {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
