package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CorpusTest {

    private static final Instant ANCHOR = Instant.parse("2026-11-21T12:00:00Z");

    @Test
    void theSameSeedAnchorAndIndexGiveTheSameArticle() {
        assertThat(new Corpus(7, ANCHOR).article(123)).isEqualTo(new Corpus(7, ANCHOR).article(123));
        assertThat(new Corpus(8, ANCHOR).article(123).text()).isNotEqualTo(new Corpus(7, ANCHOR).article(123).text());
    }

    @Test
    void twoThousandArticlesHaveUniqueLinksAndTextsWithinTheSpread() {
        Corpus corpus = new Corpus(Corpus.DEFAULT_SEED, ANCHOR);
        Set<String> urls = new HashSet<>();
        Set<String> texts = new HashSet<>();
        Set<String> leads = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            DrillArticle a = corpus.article(i);
            urls.add(a.url());
            texts.add(a.text().toLowerCase());
            leads.add(a.text().substring(0, a.text().indexOf('.')));
            assertThat(a.publishedAt()).isBetween(ANCHOR.minus(Corpus.SPREAD), ANCHOR);
            assertThat(a.url()).startsWith(Corpus.LINK_BASE);
            assertThat(a.text().split("\\s+").length).as("enough words for language detection").isGreaterThanOrEqualTo(20);
        }
        assertThat(urls).hasSize(2000);
        assertThat(texts).hasSize(2000);
        assertThat(leads).as("varied stories, not one sentence repeated").hasSizeGreaterThan(1000);
    }
}
