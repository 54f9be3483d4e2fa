package org.entente.nlp.service;

import java.util.Locale;

/** Turns text as received into text the extractor can read, or rejects it with a reason. */
public final class TextPreparer {

    private final TextCleaner cleaner = new TextCleaner();
    private final TextCap cap;
    private final EnglishDetector detector;

    /** @param detector null to skip language detection */
    public TextPreparer(TextCap cap, EnglishDetector detector) {
        this.cap = cap;
        this.detector = detector;
    }

    public PreparedText prepare(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RejectedTextException(SkipReason.EMPTY_TEXT,
                    "the article text is empty; send the article's plain text in the 'text' field");
        }
        TextCleaner.Cleaned cleaned = cleaner.clean(raw);
        if (cleaned.text().isBlank()) {
            throw new RejectedTextException(SkipReason.EMPTY_TEXT,
                    "the article text holds only markup or control characters; send its plain text");
        }
        int kept = cap.keptLength(cleaned.text());
        String text = cleaned.text().substring(0, kept);
        if (detector != null) {
            EnglishDetector.Verdict verdict = detector.detect(text);
            if (!verdict.english()) {
                throw new RejectedTextException(SkipReason.NOT_ENGLISH, String.format(Locale.ROOT,
                        "the text does not look like English (English function words %.2f of %d words, "
                                + "Latin letters %.2f); nlp-service extracts events from English text only",
                        verdict.stopwordRatio(), verdict.words(), verdict.latinShare()));
            }
        }
        return new PreparedText(text, raw.length(), kept < raw.length(), cleaned.blanked());
    }

    /**
     * A headline prepared as a text of its own: cleaned and capped like a text, but not checked for language
     * (its article's text decides that; a headline of a few words says little) and never rejected.
     *
     * @return null when the headline is missing or holds nothing to read
     */
    public PreparedText prepareHeadline(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        TextCleaner.Cleaned cleaned = cleaner.clean(raw);
        if (cleaned.text().isBlank()) {
            return null;
        }
        int kept = cap.keptLength(cleaned.text());
        return new PreparedText(cleaned.text().substring(0, kept), raw.length(), kept < raw.length(), cleaned.blanked());
    }
}
