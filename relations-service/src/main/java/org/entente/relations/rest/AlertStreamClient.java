package org.entente.relations.rest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.entente.relations.alerts.AlertLiveFeed;
import org.entente.relations.alerts.AlertPublication;

/**
 * One SSE connection. It subscribes to the live feed before it replays what the client missed, holds
 * live publications back until the replay is done, and never sends a sequence number twice: so a
 * reconnecting client gets every alert after its Last-Event-ID exactly once, in order.
 *
 * <p>
 * Its memory is bounded: at most {@code buffer} events are written and not yet taken by the client,
 * and at most {@code buffer} live publications are held during a replay. A client that falls further
 * behind is closed (it reconnects with its Last-Event-ID and resumes); one slow reader never holds
 * an unbounded queue on the server. A client that takes nothing for {@code stallTimeout} is dropped
 * too, however little was written to it: without that bound, a non-reader that stalls after a few
 * events (a quiet hour, heartbeats only) would keep its connection and its queued bytes for good.
 *
 * <p>
 * Dropping ends the SSE response and tells {@code onDrop}, which closes the connection itself:
 * ending the response alone queues its last chunk behind bytes the client never takes, so the
 * connection and its buffers would stay until the HTTP idle timeout.
 */
final class AlertStreamClient implements AlertLiveFeed.Subscriber {

    /** Browsers wait this long before they reconnect. */
    private static final long RECONNECT_MILLIS = 2_000;
    /** Why a client was dropped: more than its buffer written and not taken. */
    static final String BEHIND = "behind";
    /** Why a client was dropped: nothing taken for the stall timeout. */
    static final String STALLED = "stalled";

    private final SseEventSink sink;
    private final Sse sse;
    private final int buffer;
    private final long stallNanos;
    private final Consumer<String> onDrop;
    private final LongSupplier nanoClock;
    private final List<AlertPublication> held = new ArrayList<>();
    private long lastSent;
    private boolean replaying = true;
    private int unwritten;
    /** When the client last took a write, or when the oldest write it has not taken was made. */
    private long takenOrWaitingSince;
    private CompletableFuture<?> lastWrite = CompletableFuture.completedFuture(null);

    /**
     * @param stallTimeout how long the client may take nothing while writes wait for it
     * @param onDrop told why, once, when the client is dropped (too far behind, stalled, replay not taken)
     */
    AlertStreamClient(SseEventSink sink, Sse sse, long lastEventId, int buffer, Duration stallTimeout,
            Consumer<String> onDrop, LongSupplier nanoClock) {
        this.sink = sink;
        this.sse = sse;
        this.lastSent = lastEventId;
        this.buffer = buffer;
        this.stallNanos = stallTimeout.toNanos();
        this.onDrop = onDrop;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized boolean offer(AlertPublication publication) {
        if (sink.isClosed()) {
            return false;
        }
        if (replaying) {
            if (held.size() >= buffer) {
                return drop(BEHIND);
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
        } catch (TimeoutException e) {
            synchronized (this) {
                drop(STALLED);
            }
        } catch (ExecutionException e) {
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

    /** Drops the client when writes have waited for it longer than the stall timeout. */
    @Override
    public synchronized void dropIfStalled() {
        if (!sink.isClosed() && unwritten > 0 && nanoClock.getAsLong() - takenOrWaitingSince >= stallNanos) {
            drop(STALLED);
        }
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
            drop(BEHIND);
            return;
        }
        if (unwritten == 0) {
            takenOrWaitingSince = nanoClock.getAsLong();
        }
        unwritten++;
        lastWrite = sink.send(event).toCompletableFuture().whenComplete((ignored, failure) -> written(failure));
    }

    private synchronized void written(Throwable failure) {
        unwritten--;
        takenOrWaitingSince = nanoClock.getAsLong();
        if (failure != null) {
            close();
        }
    }

    /** A client too slow for its buffer: closed, so it reconnects and resumes from its Last-Event-ID. */
    private boolean drop(String reason) {
        if (!sink.isClosed()) {
            close();
            onDrop.accept(reason);
        }
        return false;
    }
}
