package org.entente.relations.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.StoryParameters;

/**
 * One logged event as a report of a story: what clustering compares (type, modality, direction, time,
 * the day its sentence names, article, outlet, subtype, CAMEO code, content words) and the event's weight
 * under the tie model. {@code eventTime} is the article's publication time; {@code eventDay} is the first day
 * the sentence may say the event happened ({@link EventDays#span}), null when it names none, and {@code lastEventDay}
 * the last (the same day unless the sentence says "today" or "yesterday" in an unknown time zone).
 */
public record StoryReport(
        String eventId,
        String articleId,
        String outlet,
        EventType type,
        String modality,
        String source,
        String target,
        String subtype,
        String cameoCode,
        Instant eventTime,
        LocalDate eventDay,
        double weight,
        Set<String> words,
        LocalDate lastEventDay) {

    public StoryReport {
        words = Set.copyOf(words);
        lastEventDay = eventDay == null ? null : lastEventDay == null ? eventDay : lastEventDay;
    }

    /** A report whose sentence names one day (or none). */
    public StoryReport(String eventId, String articleId, String outlet, EventType type, String modality, String source,
            String target, String subtype, String cameoCode, Instant eventTime, LocalDate eventDay, double weight,
            Set<String> words) {
        this(eventId, articleId, outlet, type, modality, source, target, subtype, cameoCode, eventTime, eventDay,
                weight, words, eventDay);
    }

    /**
     * Reports of one story share this: type, whether negated, and the pair, directed unless the type is symmetric.
     * An intent ("will sign", "agreed to sign") and the act ("signed") of the same pair and type within the window are
     * one event told at two moments; a negation ("did not sign", "refused to sign") tells that it did not happen and
     * is never a report of the act (docs/tie-strength.md, "Story events").
     */
    public String key(StoryParameters parameters) {
        String direction = parameters.isSymmetric(type) ? StoryReport.sorted(source, target) : source + ">" + target;
        return type + "|" + ("negated".equals(modality) ? "negated" : "affirmed") + "|" + direction;
    }

    private static String sorted(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
