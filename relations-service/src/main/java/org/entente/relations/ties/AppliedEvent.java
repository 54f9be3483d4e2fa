package org.entente.relations.ties;

import java.time.Instant;
import java.util.List;

import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;

/**
 * Fired (CDI) for every event applied for the first time, inside its transaction. Alerting observes it
 * with {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} so it only sees committed changes.
 *
 * @param scoreBefore the pair's score at the event time before this event (0 for a first contact)
 * @param scoreAfter the pair's score at the event time with this event
 * @param firstContact true when this is the first event ever recorded between the two nations
 * @param storyId the story event this event is now a report of
 * @param storyReportCount how many reports that story has with this one
 * @param joinedStory true when the event joined (or merged) stories that existed before it
 * @param storiesMade the ids of the stories the event's change made (its own among them; more when it split a story
 *        or moved a report between stories), so alerts can follow every story it touched
 */
public record AppliedEvent(
        String eventId,
        NationPair pair,
        String source,
        String target,
        EventType type,
        String subtype,
        Modality modality,
        Instant eventTime,
        double weight,
        double scoreBefore,
        double scoreAfter,
        boolean firstContact,
        String sentence,
        String articleUrl,
        String articleTitle,
        String storyId,
        int storyReportCount,
        boolean joinedStory,
        List<String> storiesMade) {
}
