package org.entente.relations.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.entente.netpolicy.OutboundAddressPolicy;
import org.entente.netpolicy.RefusedAddressException;
import org.entente.netpolicy.UrlRedactor;
import org.entente.relations.alerts.AlertsPublished;
import org.entente.relations.alerts.WorkerLoop;
import org.entente.relations.config.AlertConfig;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * POSTs alert publications to rule webhooks on its own thread, so a slow receiver never delays Kafka or
 * the SSE stream. A non-2xx answer or an I/O error is retried with exponential backoff up to
 * {@code webhook.max-attempts}; the body is signed ({@link WebhookSigner}).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final WebhookDeliveries deliveries;
    private final AlertConfig config;
    private final MeterRegistry registry;
    private final OutboundAddressPolicy addresses;

    public WebhookDispatcher(WebhookDeliveries deliveries, AlertConfig config, MeterRegistry registry,
            OutboundAddressPolicy addresses) {
        this.deliveries = deliveries;
        this.config = config;
        this.registry = registry;
        this.addresses = addresses;
    }

    private HttpClient http;
    private WebhookBackoff backoff;
    private volatile DeliveryWakeups wakeups;
    private final WorkerLoop worker = new WorkerLoop("alert-webhooks", this::deliverDue);

    void start(@Observes StartupEvent startup) {
        AlertConfig.Webhook webhook = config.webhook();
        backoff = new WebhookBackoff(webhook.initialBackoff(), webhook.maxBackoff(), webhook.maxAttempts());
        wakeups = new DeliveryWakeups(webhook.idlePoll());
        http = HttpClient.newBuilder().connectTimeout(webhook.timeout()).build();
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        worker.stop();
    }

    /** The alert dispatcher's transaction that published alerts has committed, and with them their deliveries. */
    void wake(@Observes AlertsPublished published) {
        DeliveryWakeups w = wakeups;
        if (w != null) {
            w.wake();
        }
    }

    private void deliverDue() throws InterruptedException {
        Instant now = Instant.now();
        List<WebhookDeliveries.Due> due = deliveries.claim(now, BATCH, config.webhook().timeout().multipliedBy(2));
        due.forEach(this::attempt);
        if (due.isEmpty()) {
            wakeups.await(now);
        }
    }

    private void attempt(WebhookDeliveries.Due due) {
        if (due.secret() == null) {
            deliveries.failed(due.id(), null, "the rule was deleted or lost its webhook", null);
            return;
        }
        byte[] body = due.payload().getBytes(StandardCharsets.UTF_8);
        int attempt = due.attempts() + 1;
        Integer status = null;
        String error;
        try {
            URI url = URI.create(due.url());
            // Again before every delivery: the name may resolve elsewhere now than when the rule was saved.
            addresses.check(url);
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "entente-relations-service")
                    .header("X-Entente-Delivery", Long.toString(due.id()))
                    .header("X-Entente-Attempt", Integer.toString(attempt))
                    .header("X-Entente-Alert-Id", due.alertId())
                    .header(WebhookSigner.HEADER, WebhookSigner.sign(due.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                deliveries.delivered(due.id(), status, Instant.now());
                registry.counter("entente.relations.alerts.webhook", "outcome", "delivered").increment();
                return;
            }
            error = "HTTP " + status;
        } catch (RefusedAddressException e) {
            deliveries.failed(due.id(), null, "refused: " + e.getMessage(), null);
            registry.counter("entente.relations.alerts.webhook", "outcome", "refused").increment();
            LOG.warnf("webhook %s refused: %s", UrlRedactor.redact(due.url()), e.getMessage());
            return;
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Duration wait = backoff.after(attempt);
        Instant retryAt = wait == null ? null : Instant.now().plus(wait);
        deliveries.failed(due.id(), status, error, retryAt);
        if (retryAt != null) {
            wakeups.retryAt(retryAt);
        }
        registry.counter("entente.relations.alerts.webhook", "outcome", wait == null ? "failed" : "retry").increment();
        LOG.infof("webhook %s attempt %d failed (%s)%s", UrlRedactor.redact(due.url()), attempt, error,
                wait == null ? "; giving up" : "; next in " + wait);
    }
}
