package org.entente.relations.alerts;

import org.jboss.logging.Logger;

/**
 * One named daemon thread that repeats a step until stopped. A step that fails is logged and tried again
 * after a pause, so a database or broker hiccup never ends the outbox or webhook work for good.
 */
public final class WorkerLoop {

    /** One round of work; it waits (sleeps, polls) on its own when there is nothing to do. */
    public interface Step {
        void run() throws InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(WorkerLoop.class);
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 1_000;
    private static final long STOP_WAIT_MILLIS = 5_000;

    private final String name;
    private final Step step;
    private volatile boolean running;
    private Thread thread;

    public WorkerLoop(String name, Step step) {
        this.name = name;
        this.step = step;
    }

    public void start() {
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(STOP_WAIT_MILLIS);
        }
    }

    private void loop() {
        while (running) {
            try {
                step.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("%s: %s; trying again", name, e.getMessage());
                try {
                    Thread.sleep(PAUSE_AFTER_FAILURE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
