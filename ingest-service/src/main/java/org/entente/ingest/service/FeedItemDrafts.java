package org.entente.ingest.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.FeedStateRecorder.FeedSnapshot;
import org.entente.netpolicy.UrlRedactor;
import org.jboss.logging.Logger;

/**
 * Turns a feed's items into article drafts: items without a link, or with neither text nor headline, are skipped, an
 * item with a headline only sent with its headline as its text (docs/contracts.md, Article v1), the full text fetched for
 * full-text feeds, texts and titles over their limits cut, a publication date outside the window replaced by the
 * fetch time (a broken feed clock must not lose the news, nor carry year 9999 downstream), a declared language
 * that is no BCP 47 tag left out. Every such change is counted.
 */
@ApplicationScoped
public class FeedItemDrafts {

    private static final Logger LOG = Logger.getLogger(FeedItemDrafts.class);

    private final FullTextExtractor fullText;
    private final IngestMetrics metrics;
    private final int maxTextChars;
    private final int maxTitleChars;
    private final PublicationDateWindow dates;

    public FeedItemDrafts(FullTextExtractor fullText, IngestMetrics metrics, IngestConfig config) {
        this.fullText = fullText;
        this.metrics = metrics;
        this.maxTextChars = config.articles().maxTextChars();
        this.maxTitleChars = config.articles().maxTitleChars();
        this.dates = PublicationDateWindow.of(config.articles());
    }

    /** The drafts of one fetched document, in document order; fetchedAt stands in for dates outside the window. */
    public List<ArticleDraft> of(FeedSnapshot feed, ParsedFeed parsed, Instant fetchedAt) {
        List<ArticleDraft> drafts = new ArrayList<>(parsed.items().size());
        String shown = UrlRedactor.redact(feed.url());
        int datesReplaced = 0;
        for (FeedItem item : parsed.items()) {
            if (item.link() == null) {
                metrics.skipped("no_link", 1);
                continue;
            }
            String text = item.text();
            if (feed.fullText()) {
                text = fullText.extractOr(item.link(), text);
            }
            String title = item.title();
            if (title != null && title.length() > maxTitleChars) {
                title = title.substring(0, maxTitleChars);
                metrics.truncated("title_too_long");
            }
            if (text == null || text.isBlank()) {
                if (title == null || title.isBlank()) {
                    metrics.skipped("no_text", 1);
                    continue;
                }
                // An aggregator's item is a headline and a link; the headline is where the news is told first.
                // As its text it gets its own fingerprint, never that of an item with the same headline and a text.
                text = title;
                metrics.headlineOnly(feed.id().toString());
            }
            if (text.length() > maxTextChars) {
                LOG.infof("Feed %s: text of %s cut from %d to %d characters", shown, item.link(), text.length(),
                        maxTextChars);
                text = text.substring(0, maxTextChars);
                metrics.truncated("text_too_long");
            }
            Instant publishedAt = item.publishedAt();
            if (!dates.accepts(publishedAt, fetchedAt)) {
                // a broken feed clock must not lose the news: the article goes on, dated when it was fetched
                if (datesReplaced++ == 0) {
                    LOG.infof("Feed %s: item %s is dated %s, outside the accepted window %s; dated %s, when it was "
                            + "fetched, instead", shown, item.link(), publishedAt, dates.describe(fetchedAt), fetchedAt);
                }
                publishedAt = fetchedAt;
            }
            drafts.add(new ArticleDraft(item.link(), title, text, publishedAt, language(parsed)));
        }
        if (datesReplaced > 0) {
            metrics.datesReplaced(feed.id().toString(), datesReplaced);
        }
        return drafts;
    }

    /** A declared language longer than any BCP 47 tag is no language tag: left out (nlp-service detects it). */
    private static String language(ParsedFeed parsed) {
        String language = parsed.language();
        return language != null && language.length() <= ArticleDraft.MAX_LANGUAGE_CHARS ? language : null;
    }
}
