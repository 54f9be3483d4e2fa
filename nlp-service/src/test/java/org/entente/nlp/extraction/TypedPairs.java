package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.entente.nlp.domain.PairKey;

/** Helpers for end-to-end extractor tests: events as "TYPE AAA-BBB" with the pair in code order, or directed. */
final class TypedPairs {

    private TypedPairs() {
    }

    /**
     * The extractor every end-to-end test class shares: it is thread-safe and holds no state between calls (the
     * service keeps one per process too), and loading it once spares each class its lexicon, gazetteer and parser.
     */
    static ArticleExtractor extractor() {
        return Shared.EXTRACTOR;
    }

    private static final class Shared {
        static final ArticleExtractor EXTRACTOR = ArticleExtractor.create();
    }

    static List<String> of(ArticleExtractor extractor, String text) {
        return extractor.extract(text).events().stream()
                .map(e -> e.type() + " " + PairKey.of(e.source(), e.target()).replace('|', '-'))
                .toList();
    }

    /** Events as "TYPE AAA>BBB", source first: for the tests where direction is the point. */
    static List<String> directed(ArticleExtractor extractor, String text) {
        return extractor.extract(text).events().stream().map(e -> e.type() + " " + e.source() + ">" + e.target()).toList();
    }

    static ExtractedEvent only(List<ExtractedEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
