package org.entente.relations;

import java.util.List;

import org.entente.testinfra.FeaturePackagesContract;

/** relations-service: features (ties, stories, alerts, webhooks, queries) over domain and wire records. */
class FeaturePackagesTest extends FeaturePackagesContract {

    FeaturePackagesTest() {
        super("org.entente.relations", List.of("ties", "stories", "alerts", "queries", "webhooks", "rest", "domain", "wire"),
                List.of("domain", "wire"));
    }
}
