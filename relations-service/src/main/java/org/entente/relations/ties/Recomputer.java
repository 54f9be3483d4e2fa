package org.entente.relations.ties;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.entente.relations.domain.ScoringParameters;
import org.entente.relations.domain.TieScorer;
import org.entente.relations.stories.StoryStore;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Recomputes every tie and rollup from the event log with new parameters, in the background. One
 * transaction holds the recompute lock: the consumer waits (events stay on the topic), readers go on
 * seeing the old ties until the new ones commit, all at once.
 */
@ApplicationScoped
public class Recomputer {

    private static final Logger LOG = Logger.getLogger(Recomputer.class);
    private static final Duration TIMEOUT = Duration.ofHours(2);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "tie-recompute"));
    private final AtomicReference<RecomputeStatus> status = new AtomicReference<>();

    private final ActiveScoring scoring;
    private final DataSource dataSource;
    private final StoryStore stories;

    public Recomputer(ActiveScoring scoring, DataSource dataSource, StoryStore stories) {
        this.scoring = scoring;
        this.dataSource = dataSource;
        this.stories = stories;
    }

    public RecomputeStatus status() {
        RecomputeStatus s = status.get();
        return s != null ? s : RecomputeStatus.idle(scoring.current());
    }

    /** @return the running status, or null when a recompute is already running */
    public RecomputeStatus start(ScoringParameters parameters) {
        RecomputeStatus running = new RecomputeStatus(RecomputeStatus.RUNNING, Instant.now(), null, 0, 0, null,
                parameters);
        RecomputeStatus previous = status.get();
        if (previous != null && RecomputeStatus.RUNNING.equals(previous.state())) {
            return null;
        }
        if (!status.compareAndSet(previous, running)) {
            return null;
        }
        worker.submit(() -> run(running));
        return running;
    }

    /** Runs in the caller's thread; for the benchmark and tests. */
    public RecomputeStatus runNow(ScoringParameters parameters) {
        RecomputeStatus running = new RecomputeStatus(RecomputeStatus.RUNNING, Instant.now(), null, 0, 0, null,
                parameters);
        status.set(running);
        run(running);
        return status.get();
    }

    /**
     * Rebuilds every tie and rollup with the parameters in force, in the caller's thread, without
     * saving them as an admin's choice: for rows that lack their exact sums (written before V21).
     *
     * @return how many pairs were rebuilt
     */
    public long rebuildInForce() {
        TieRebuilder rebuilder = new TieRebuilder(scoring.scorer(), stories);
        QuarkusTransaction.requiringNew().timeout((int) TIMEOUT.toSeconds()).run(() -> {
            rebuild(rebuilder);
        });
        LOG.infof("rebuilt %d pairs from %d events", rebuilder.pairs(), rebuilder.events());
        return rebuilder.pairs();
    }

    private void rebuild(TieRebuilder rebuilder) {
        try (Connection connection = dataSource.getConnection()) {
            RecomputeLock.exclusive(connection);
            rebuilder.rebuild(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void run(RecomputeStatus running) {
        ScoringParameters before = scoring.current();
        TieRebuilder rebuilder = new TieRebuilder(new TieScorer(running.parameters()), stories);
        try {
            QuarkusTransaction.requiringNew().timeout((int) TIMEOUT.toSeconds()).run(() -> {
                rebuild(rebuilder);
                scoring.save(running.parameters());
                // Inside the lock: the consumer's next event, which waits for it, already uses the new model.
                scoring.activate(running.parameters());
            });
            status.set(new RecomputeStatus(RecomputeStatus.SUCCEEDED, running.startedAt(), Instant.now(),
                    rebuilder.events(), rebuilder.pairs(), null, running.parameters()));
            LOG.infof("recomputed %d pairs from %d events", rebuilder.pairs(), rebuilder.events());
        } catch (RuntimeException e) {
            scoring.activate(before);
            status.set(new RecomputeStatus(RecomputeStatus.FAILED, running.startedAt(), Instant.now(),
                    rebuilder.events(), rebuilder.pairs(), String.valueOf(e.getMessage()), running.parameters()));
            LOG.errorf(e, "recompute failed; the previous ties and parameters stay");
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
