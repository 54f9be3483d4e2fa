package org.entente.relations.ties;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Gives ties and rollups whose exact sums do not cover all their events (written before V21, or
 * updated by an older replica during a rolling upgrade) exact sums again, at start: every tie and
 * rollup is rebuilt from the event log with the parameters in force. Until then the consumer applies
 * events to such rows from their doubles, as before V21, so starting order does not matter.
 */
@ApplicationScoped
public class ExactSumsUpgrade {

    private static final Logger LOG = Logger.getLogger(ExactSumsUpgrade.class);
    // After ActiveScoring has loaded the parameters in force (default observer priority).
    private static final int AFTER_SCORING = jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000;

    private final EntityManager em;
    private final Recomputer recomputer;

    public ExactSumsUpgrade(EntityManager em, Recomputer recomputer) {
        this.em = em;
        this.recomputer = recomputer;
    }

    void onStart(@Observes @Priority(AFTER_SCORING) StartupEvent event) {
        upgradeIfNeeded();
    }

    /** @return whether a rebuild was needed (and done) */
    public boolean upgradeIfNeeded() {
        if (!QuarkusTransaction.requiringNew().call(this::needed)) {
            return false;
        }
        LOG.info("ties or rollups without exact sums (written before V21, or before story events, V23): rebuilding "
                + "stories, ties and rollups from the event log");
        recomputer.rebuildInForce();
        return true;
    }

    /** A scan of both tables once a start: an index for it cost every tie and rollup update its in-place (HOT) write (V36). */
    private boolean needed() {
        return (Boolean) em.createNativeQuery("select exists (select 1 from tie where event_count > 0 and "
                + "(anchored_sum is null or summed_events is distinct from event_count)) or exists (select 1 from "
                + "daily_rollup where exact_mass is null or summed_events is distinct from event_count)")
                .getSingleResult();
    }
}
