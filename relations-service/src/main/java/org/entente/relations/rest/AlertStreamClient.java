package org.entente.relations.rest;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.entente.relations.service.AlertLiveFeed;
import org.entente.relations.service.AlertPublication;

/**
 * One SSE connection. It subscribes to the live feed before it replays what the client missed, holds
 * live publications back until the replay is done, and never sends a sequence number twice: so a
 * reconnecting client gets every alert after its Last-Event-ID exactly once, in order.
 *
 * <p>Its memory is bounded: at most {@code buffer} events are written and not yet taken by the client,
 * and at most {@code buffer} live publications are held during a replay. A client that falls further
 * behind is closed (it reconnects with its Last-Event-ID and resumes); one slow reader never holds
 * an unbounded queue on the server.
 */
final class AlertStreamClient implements AlertLiveFeed.Subscriber {

    /** Browsers wait this long before they reconnect. */
    private static final long RECONNECT_MILLIS = 2_000;

    private final SseEventSink sink;
    private final Sse sse;
    private final int buffer;
    private final List<AlertPublication> held = new ArrayList<>();
    private long lastSent;
    private boolean replaying = true;
    private int unwritten;
    private CompletableFuture<?> lastWrite = CompletableFuture.completedFuture(null);

    AlertStreamClient(SseEventSink sink, Sse sse, long lastEventId, int buffer) {
        this.sink = sink;
        this.sse = sse;
        this.lastSent = lastEventId;
        this.buffer = buffer;
    }

    @Override
    public synchronized boolean offer(AlertPublication publication) {
        if (sink.isClosed()) {
            return false;
        }
        if (replaying) {
            if (held.size() >= buffer) {
                return drop();
            }
            held.add(publication);
            return true;
        }
        send(publication);
        return !sink.isClosed();
    }

    @Override
    public synchronized boolean isOpen() {
        return !sink.isClosed();
    }

    /** Sends one replay page, then waits (bounded) until the client has taken it, or drops the client. */
    void replay(List<AlertPublication> missed, Duration timeout) {
        CompletableFuture<?> written;
        synchronized (this) {
            missed.forEach(this::send);
            written = lastWrite;
        }
        try {
            written.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
        }
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
        write(sse.newEventBuilder().comment("entente alerts; id = alert publication sequence")
                .reconnectDelay(RECONNECT_MILLIS).build());
    }

    /** Tells the client that older missed alerts were left out of the replay, and where to find them. */
    synchronized void replayCut(long skipped) {
        write(sse.newEventBuilder().name("replay-truncated")
                .data(String.class, skipped + " older missed alerts were not replayed (the replay keeps the newest "
                        + "and recent ones only); list them with GET /api/v1/alerts")
                .reconnectDelay(RECONNECT_MILLIS).build());
    }

    @Override
    public synchronized void heartbeat() {
        write(sse.newEventBuilder().comment("").build());
    }

    synchronized void close() {
        held.clear();
        if (!sink.isClosed()) {
            sink.close();
        }
    }

    /** Events written but not yet taken by the client: never more than the buffer. */
    synchronized int unwritten() {
        return unwritten;
    }

    private void send(AlertPublication publication) {
        if (publication.seq() <= lastSent || sink.isClosed()) {
            return;
        }
        lastSent = publication.seq();
        write(sse.newEventBuilder()
                .id(Long.toString(publication.seq()))
                .name("alert")
                .data(String.class, publication.payload())
                .reconnectDelay(RECONNECT_MILLIS)
                .build());
    }

    private void write(OutboundSseEvent event) {
        if (sink.isClosed()) {
            return;
        }
        if (unwritten >= buffer) {
            drop();
            return;
        }
        unwritten++;
        lastWrite = sink.send(event).toCompletableFuture().whenComplete((ignored, failure) -> written(failure));
    }

    private synchronized void written(Throwable failure) {
        unwritten--;
        if (failure != null) {
            close();
        }
    }

    /** A client too slow for its buffer: closed, so it reconnects and resumes from its Last-Event-ID. */
    private boolean drop() {
        close();
        return false;
    }
}
