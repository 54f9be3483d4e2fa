package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;

import org.entente.relations.alerts.AlertLiveFeed;
import org.entente.relations.alerts.AlertPublication;
import org.jboss.resteasy.reactive.server.jaxrs.SseImpl;
import org.junit.jupiter.api.Test;

/**
 * What one SSE client may hold on the server (60 replaying clients once took the heap): never
 * more than its buffer of unwritten events; a client that stops reading is closed, and its place freed.
 */
class AlertStreamClientTest {

    private static final int BUFFER = 8;
    private static final Duration STALL = Duration.ofSeconds(30);

    private final AtomicLong clock = new AtomicLong();
    private final List<String> drops = new ArrayList<>();

    @Test
    void aClientThatStopsReadingIsClosedOnceItsBufferIsFullNotQueuedWithoutBound() {
        List<StalledSink> sinks = new ArrayList<>();
        List<AlertStreamClient> clients = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StalledSink sink = new StalledSink();
            AlertStreamClient client = client(sink);
            client.greet();
            client.replay(publications(1, 500), Duration.ofMillis(1));
            sinks.add(sink);
            clients.add(client);
        }
        for (int i = 0; i < 60; i++) {
            assertThat(sinks.get(i).peak).as("events queued for a client that reads nothing").isLessThanOrEqualTo(BUFFER);
            assertThat(sinks.get(i).isClosed()).isTrue();
            assertThat(clients.get(i).unwritten()).isLessThanOrEqualTo(BUFFER);
            assertThat(clients.get(i).isOpen()).isFalse();
        }
    }

    @Test
    void liveAlertsHeldDuringAReplayAreBoundedToo() {
        StalledSink sink = new StalledSink();
        AlertStreamClient client = client(sink);
        int accepted = 0;
        for (AlertPublication live : publications(1, 1000)) {
            if (!client.offer(live)) {
                break;
            }
            accepted++;
        }
        assertThat(accepted).isEqualTo(BUFFER);
        assertThat(sink.isClosed()).isTrue();
        assertThat(sink.accepted).isEmpty();
    }

    @Test
    void aClientThatReadsGetsEveryAlertInOrderOnce() {
        StalledSink sink = new StalledSink(true);
        AlertStreamClient client = client(sink);
        client.offer(publications(501, 501).get(0)); // live, during the replay: held
        for (long from = 1; from <= 500; from += 50) {
            client.replay(publications(from, from + 49), Duration.ofSeconds(5));
        }
        client.goLive();
        client.offer(publications(500, 502).get(0)); // already sent: not again
        client.offer(publications(502, 502).get(0));
        assertThat(sink.ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 502).mapToObj(Long::toString).toList());
        assertThat(sink.isClosed()).isFalse();
    }

    @Test
    void theFeedRefusesClientsOverItsLimitAndFreesThePlaceOfAClosedOne() {
        AlertLiveFeed feed = new AlertLiveFeed();
        StalledSink first = new StalledSink();
        AlertStreamClient one = client(first);
        AlertStreamClient two = client(new StalledSink());
        AlertStreamClient three = client(new StalledSink());
        assertThat(feed.trySubscribe(one, 2)).isTrue();
        assertThat(feed.trySubscribe(two, 2)).isTrue();
        assertThat(feed.trySubscribe(three, 2)).isFalse();
        first.close();
        assertThat(feed.trySubscribe(three, 2)).isTrue();
    }

    @Test
    void aClientThatTakesNothingIsDroppedAfterTheStallTimeoutEvenWithItsBufferAlmostEmpty() {
        StalledSink sink = new StalledSink();
        AlertStreamClient client = client(sink);
        client.greet();
        client.goLive();
        client.offer(publications(1, 1).get(0));
        clock.addAndGet(STALL.toNanos() - 1);
        client.dropIfStalled();
        assertThat(client.isOpen()).as("stalled for just under the timeout").isTrue();
        clock.addAndGet(1);
        client.dropIfStalled();
        assertThat(client.isOpen()).isFalse();
        assertThat(sink.isClosed()).isTrue();
        assertThat(drops).containsExactly(AlertStreamClient.STALLED);
        client.dropIfStalled();
        client.offer(publications(2, 2).get(0));
        assertThat(drops).as("told once").hasSize(1);
    }

    @Test
    void aSlowClientThatKeepsTakingWritesIsNotStalledNorAQuietOneWithNothingWaiting() {
        SlowSink slow = new SlowSink();
        AlertStreamClient reading = client(slow);
        reading.goLive();
        for (long seq = 1; seq <= 5; seq++) {
            reading.offer(publications(seq, seq).get(0));
        }
        for (int i = 0; i < 4; i++) {
            clock.addAndGet(STALL.toNanos() - 1);
            slow.takeOne();
            reading.dropIfStalled();
        }
        assertThat(reading.isOpen()).as("took one write per stall timeout").isTrue();

        AlertStreamClient quiet = client(new StalledSink(true));
        quiet.goLive();
        quiet.offer(publications(1, 1).get(0));
        clock.addAndGet(STALL.toNanos() * 10);
        quiet.dropIfStalled();
        assertThat(quiet.isOpen()).as("took everything, then no alert came").isTrue();
        assertThat(drops).isEmpty();
    }

    @Test
    void aFullBufferIsToldAsBehind() {
        AlertStreamClient client = client(new StalledSink());
        client.goLive();
        publications(1, BUFFER + 1).forEach(client::offer);
        assertThat(client.isOpen()).isFalse();
        assertThat(drops).containsExactly(AlertStreamClient.BEHIND);
    }

    private AlertStreamClient client(SseEventSink sink) {
        return new AlertStreamClient(sink, SseImpl.INSTANCE, 0, BUFFER, STALL, drops::add, clock::get);
    }

    private static List<AlertPublication> publications(long from, long to) {
        UUID alert = UUID.randomUUID();
        return LongStream.rangeClosed(from, to)
                .mapToObj(seq -> new AlertPublication(seq, alert, (int) seq, "IRN|SAU", "{\"n\": " + seq + "}"))
                .toList();
    }

    /** A client that never takes anything (no write ever completes), or one that takes everything at once. */
    private static class StalledSink implements SseEventSink {
        final List<OutboundSseEvent> accepted = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        final boolean reads;
        int peak;
        private boolean closed;

        StalledSink() {
            this(false);
        }

        StalledSink(boolean reads) {
            this.reads = reads;
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            if (reads) {
                if (event.getId() != null) {
                    ids.add(event.getId());
                }
                return CompletableFuture.completedFuture(null);
            }
            accepted.add(event);
            peak = Math.max(peak, accepted.size());
            return new CompletableFuture<>();
        }

        @Override
        public void close() {
            closed = true;
            accepted.clear(); // the connection and its queued writes are released
        }
    }

    /** A client that takes one write each time it is asked to. */
    private static class SlowSink implements SseEventSink {
        private final List<CompletableFuture<Void>> waiting = new ArrayList<>();
        private boolean closed;

        void takeOne() {
            if (!waiting.isEmpty()) {
                waiting.remove(0).complete(null);
            }
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            CompletableFuture<Void> write = new CompletableFuture<>();
            waiting.add(write);
            return write;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
