package org.entente.relations.queries;

import java.time.Instant;

import org.entente.relations.domain.NationPair;

/** Which stories to list, by their first report's time; null fields do not filter. {@code until} is exclusive. */
public record StoryFilter(String nation, NationPair pair, String type, Instant since, Instant until) {
}
