package org.entente.relations.alerts;

/**
 * Fired after a transaction that turned alert revisions into publications has committed: it also queued their
 * webhook deliveries, so the webhook thread looks at its queue now (a CDI event, so that alerts need not know
 * webhooks).
 */
public record AlertsPublished(int publications) {
}
