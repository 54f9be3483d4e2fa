package org.entente.ingest;

import java.util.List;

import org.entente.testinfra.FeaturePackagesContract;

/** ingest-service: polling and publishing in service over messaging, domain and config. */
class FeaturePackagesTest extends FeaturePackagesContract {

    FeaturePackagesTest() {
        super("org.entente.ingest", List.of("service", "messaging", "rest", "config", "domain", "backfill"),
                List.of("domain", "config"));
    }
}
