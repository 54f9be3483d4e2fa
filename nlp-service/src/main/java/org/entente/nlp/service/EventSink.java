package org.entente.nlp.service;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.entente.nlp.domain.EventMessage;

/**
 * Where an article's events go. The service states what it needs and messaging/ implements it on the
 * events topic, so the consumer hands off to the service without the service reaching back into
 * messaging/.
 */
public interface EventSink {

    /**
     * @return completes once every event is durably accepted; fails when one was refused or timed out
     */
    CompletableFuture<Void> publishAll(String articleId, List<EventMessage> events);
}
