package org.entente.nlp.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.entente.nlp.extraction.ExtractedEvent;
import org.entente.nlp.extraction.Modality;
import org.entente.nlp.extraction.PloverType;

/**
 * The events of a headline that its article's text does not tell. A headline and its lede mostly tell one event,
 * and relations-service never joins two reports of one article into one story (docs/tie-strength.md, "Story
 * events"): sent both, the event would move the tie twice. So the text's report, with its fuller sentence,
 * stands for a headline's event of the same type and pair, compared as the story clustering compares reports:
 * direction ignored for the symmetric types, a negated report apart from an asserted or intended one.
 */
public final class HeadlineEvents {

    /** The types relations-service's story clustering treats as reciprocal ("X and Y agreed"). */
    private static final Set<PloverType> SYMMETRIC = EnumSet.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.COOPERATE, PloverType.FIGHT);

    private HeadlineEvents() {
    }

    public static List<ExtractedEvent> notToldBy(List<ExtractedEvent> headline, List<ExtractedEvent> text) {
        if (headline.isEmpty() || text.isEmpty()) {
            return headline;
        }
        Set<String> told = text.stream().map(HeadlineEvents::key).collect(Collectors.toSet());
        return headline.stream().filter(event -> !told.contains(key(event))).toList();
    }

    static String key(ExtractedEvent event) {
        String source = String.valueOf(event.source());
        String target = String.valueOf(event.target());
        if (SYMMETRIC.contains(event.type()) && source.compareTo(target) > 0) {
            String first = target;
            target = source;
            source = first;
        }
        return event.type() + "|" + source + "|" + target + "|" + (event.modality() == Modality.NEGATED);
    }
}
