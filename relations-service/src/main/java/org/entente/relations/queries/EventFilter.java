package org.entente.relations.queries;

import java.time.Instant;

import org.entente.relations.domain.NationPair;

/** Which logged events to list; null fields do not filter. {@code until} is exclusive. */
public record EventFilter(String nation, NationPair pair, String type, String subtype, String modality,
        Instant since, Instant until) {
}
