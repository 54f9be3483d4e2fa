package org.entente.ingest.messaging;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** Writes Article v1 records to Kafka, keyed by article id; each future completes when the broker acknowledged. */
@ApplicationScoped
public class ArticleSender {

    private final MutinyEmitter<String> emitter;
    private final ObjectMapper json;

    public ArticleSender(@Channel(Topics.ARTICLES_OUT) MutinyEmitter<String> emitter, ObjectMapper json) {
        this.emitter = emitter;
        this.json = json;
    }

    public CompletableFuture<Void> send(ArticleMessage article) {
        String value;
        try {
            value = json.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        Message<String> message = Message.of(value).addMetadata(
                OutgoingKafkaRecordMetadata.<String> builder().withKey(article.id()).build());
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }
}
