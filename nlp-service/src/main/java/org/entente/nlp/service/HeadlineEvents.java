package org.entente.nlp.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.nlp.extraction.ExtractedEvent;

/**
 * The events of a headline that its article's text does not tell: those of a pair of nations the text gives no event
 * of. A headline and its lede mostly tell one event, and relations-service never joins two reports of one article
 * into one story (docs/tie-strength.md, "Story events"): sent both, the event would move the tie twice. Where the
 * text gives the pair an event of another type, the headline's compressed wording is mostly the misread one: in the
 * story drill's corpus 24 of 58 such headline events were in the article's gold, against 17 of 25 headline events of
 * a pair the text does not give (docs/reports/drills-journal.md, lane tt); so the text's reports, with their fuller
 * sentences, stand for the pair.
 */
public final class HeadlineEvents {

    private HeadlineEvents() {
    }

    public static List<ExtractedEvent> notToldBy(List<ExtractedEvent> headline, List<ExtractedEvent> text) {
        if (headline.isEmpty() || text.isEmpty()) {
            return headline;
        }
        Set<String> told = text.stream().map(HeadlineEvents::pair).collect(Collectors.toSet());
        return headline.stream().filter(event -> !told.contains(pair(event))).toList();
    }

    /** The pair, direction ignored: "Iran accuses US" over a text of "Washington accused Tehran" is that pair too. */
    static String pair(ExtractedEvent event) {
        String source = String.valueOf(event.source());
        String target = String.valueOf(event.target());
        return source.compareTo(target) <= 0 ? source + "|" + target : target + "|" + source;
    }
}
