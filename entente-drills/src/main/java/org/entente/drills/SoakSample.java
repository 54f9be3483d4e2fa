package org.entente.drills;

import java.util.Map;

/**
 * One soak sample: seconds since the push started, each service's JVM figures, the consumer lag
 * of nlp-service (topic articles) and relations-service (topic events), and end-to-end counts.
 */
public record SoakSample(double seconds, boolean pushing, Map<String, JvmProbe.Sample> jvms, long nlpLag,
        long relationsLag, long released, long articlesOnTopic, long eventsOnTopic, long eventsApplied, long alerts) {
}
