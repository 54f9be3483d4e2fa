package org.entente.nlp;

import java.util.List;

import org.entente.testinfra.FeaturePackagesContract;

/**
 * nlp-service: the consumer in messaging hands off to service, which reaches the topic through its EventSink port; extraction
 * is plain Java over domain.
 */
class FeaturePackagesTest extends FeaturePackagesContract {

    FeaturePackagesTest() {
        super("org.entente.nlp", List.of("extraction", "service", "messaging", "rest", "config", "domain"), List.of("domain"));
    }
}
