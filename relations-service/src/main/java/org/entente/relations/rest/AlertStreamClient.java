package org.entente.relations.rest;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import org.entente.relations.service.AlertLiveFeed;
import org.entente.relations.service.AlertPublication;

/**
 * One SSE connection. It subscribes to the live feed before it replays what the client missed, holds
 * live publications back until the replay is done, and never sends a sequence number twice: so a
 * reconnecting client gets every alert after its Last-Event-ID exactly once, in order.
 */
final class AlertStreamClient implements AlertLiveFeed.Subscriber {

    /** Browsers wait this long before they reconnect. */
    private static final long RECONNECT_MILLIS = 2_000;

    private final SseEventSink sink;
    private final Sse sse;
    private final List<AlertPublication> held = new ArrayList<>();
    private long lastSent;
    private boolean replaying = true;

    AlertStreamClient(SseEventSink sink, Sse sse, long lastEventId) {
        this.sink = sink;
        this.sse = sse;
        this.lastSent = lastEventId;
    }

    @Override
    public synchronized boolean offer(AlertPublication publication) {
        if (sink.isClosed()) {
            return false;
        }
        if (replaying) {
            held.add(publication);
            return true;
        }
        send(publication);
        return true;
    }

    synchronized void replay(List<AlertPublication> missed) {
        missed.forEach(this::send);
    }

    synchronized long lastSent() {
        return lastSent;
    }

    /** Ends the replay: sends what arrived live meanwhile (skipping what the replay covered). */
    synchronized void goLive() {
        replaying = false;
        held.forEach(this::send);
        held.clear();
    }

    synchronized void greet() {
        sink.send(sse.newEventBuilder().comment("entente alerts; id = alert publication sequence")
                .reconnectDelay(RECONNECT_MILLIS).build());
    }

    private void send(AlertPublication publication) {
        if (publication.seq() <= lastSent || sink.isClosed()) {
            return;
        }
        lastSent = publication.seq();
        OutboundSseEvent event = sse.newEventBuilder()
                .id(Long.toString(publication.seq()))
                .name("alert")
                .data(String.class, publication.payload())
                .reconnectDelay(RECONNECT_MILLIS)
                .build();
        sink.send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                sink.close();
            }
        });
    }
}
