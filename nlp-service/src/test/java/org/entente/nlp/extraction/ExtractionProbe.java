package org.entente.nlp.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Prints what the extractor finds in the sentences of {@code -Dprobe="one|two"}, for looking at a
 * difference by hand. Skipped unless the property is set: {@code -Dtest=ExtractionProbe -Dprobe="..."}.
 */
class ExtractionProbe {

    @Test
    void print() {
        String probe = System.getProperty("probe");
        assumeTrue(probe != null && !probe.isBlank(), "no -Dprobe sentences");
        ArticleExtractor extractor = ArticleExtractor.create();
        for (String sentence : probe.split("\\|")) {
            Extraction found = extractor.extract(sentence);
            System.out.println("PROBE " + sentence);
            found.nations().forEach(n -> System.out.println("PROBE   nation " + n.code() + " '" + n.text() + "'"));
            found.events().forEach(e -> System.out.println("PROBE   event " + e.type() + " " + e.source() + ">" + e.target()
                    + " " + e.modality() + " [" + e.trigger() + "] " + e.confidence()));
        }
    }
}
