package org.entente.nlp.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.entente.nlp.extraction.ArticleExtractor;
import org.entente.nlp.extraction.Extraction;

import io.quarkus.runtime.StartupEvent;

/**
 * Ready once the extractor has loaded its models and run over a known sentence at startup; the
 * number of events it found there is shown, so a pipeline that finds nothing is visible at once.
 * Kafka's own readiness comes from the SmallRye Kafka health checks.
 */
@Readiness
@ApplicationScoped
public class PipelineReadinessCheck implements HealthCheck {

    static final String CANARY = "Saudi Arabia and Iran agreed to restore diplomatic relations.";

    private volatile Extraction canary;
    private volatile String failure = "the extractor has not run its startup check yet";

    void onStart(@Observes StartupEvent start, ArticleExtractor extractor) {
        try {
            canary = extractor.extract(CANARY);
            failure = null;
        } catch (RuntimeException e) {
            failure = "the extractor failed on its startup check: " + e;
        }
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("nlp-pipeline");
        if (failure != null) {
            return response.down().withData("reason", failure).build();
        }
        return response.up()
                .withData("canaryNations", canary.nations().size())
                .withData("canaryEvents", canary.events().size())
                .build();
    }
}
