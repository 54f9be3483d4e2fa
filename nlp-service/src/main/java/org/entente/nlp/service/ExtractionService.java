package org.entente.nlp.service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.extraction.ArticleExtractor;
import org.entente.nlp.extraction.ExtractedEvent;
import org.entente.nlp.extraction.Extraction;

/** Prepares a text (clean, cap, language check) and runs the extractor on it, with metrics. */
@ApplicationScoped
public class ExtractionService {

    /**
     * What the extractor found, and the text it read.
     *
     * @param events the extraction's events within the caps of {@link EventLimits}: the ones to publish
     */
    public record Result(PreparedText prepared, Extraction extraction, List<ExtractedEvent> events) {
    }

    /**
     * What an article's two parts gave (docs/contracts.md, Event v1: the text and the headline).
     *
     * @param text the text's preparation and extraction; for an article whose text is its headline, the headline's
     * @param textEvents the events to publish as found in the text
     * @param headlineEvents the events to publish as found in the headline: those the text does not tell
     */
    public record ArticleResult(Result text, List<ExtractedEvent> textEvents, List<ExtractedEvent> headlineEvents) {
    }

    private final ArticleExtractor extractor;
    private final PipelineMetrics metrics;
    private final TextPreparer preparer;
    private final EventLimits limits;

    public ExtractionService(ArticleExtractor extractor, PipelineMetrics metrics, NlpConfig config) {
        this.extractor = extractor;
        this.metrics = metrics;
        NlpConfig.Language language = config.language();
        EnglishDetector detector = language.detect()
                ? new EnglishDetector(language.minStopwordRatio(), language.minWords())
                : null;
        this.preparer = new TextPreparer(new TextCap(config.maxTextChars()), detector);
        this.limits = new EventLimits(config.maxEventsPerSentence(), config.maxEventsPerArticle());
    }

    /**
     * Reads the article's text and, on its own, its headline. An article whose text is its headline (a feed item
     * with a headline only, docs/contracts.md) is read once, as the headline.
     *
     * @param title the headline, or null
     * @throws RejectedTextException when the text is empty or not English: the article is skipped whole
     */
    public ArticleResult extractArticle(String text, String title, LocalDate date) {
        if (title != null && !title.isBlank() && title.equals(text)) {
            Result headline = extract(text, date);
            return new ArticleResult(headline, List.of(), headline.events());
        }
        Result result = extract(text, date);
        PreparedText headline = preparer.prepareHeadline(title);
        if (headline == null) {
            return new ArticleResult(result, result.events(), List.of());
        }
        List<ExtractedEvent> found = limits.apply(extractor.extract(headline.text(), date).events()).kept();
        return new ArticleResult(result, result.events(), HeadlineEvents.notToldBy(found, result.events()));
    }

    /**
     * @param date when the text was published, or null when unknown: it decides which state a named official acted for
     * @throws RejectedTextException when the text is empty or not English (and counts the skip)
     */
    public Result extract(String rawText, LocalDate date) {
        PreparedText prepared;
        try {
            prepared = preparer.prepare(rawText);
        } catch (RejectedTextException e) {
            metrics.skipped(e.reason());
            throw e;
        }
        if (prepared.truncated()) {
            metrics.truncated();
        }
        long start = System.nanoTime();
        Extraction extraction;
        metrics.extractionStarted();
        try {
            extraction = extractor.extract(prepared.text(), date);
        } finally {
            metrics.extractionEnded();
        }
        metrics.extractionTook(Duration.ofNanos(System.nanoTime() - start));
        EventLimits.Limited limited = limits.apply(extraction.events());
        limited.cut().forEach(metrics::eventsDropped);
        return new Result(prepared, extraction, limited.kept());
    }
}
