package org.entente.drills;

/**
 * Which articles are out by now: article {@code k} appears on its feed {@code k / rate} seconds
 * after {@link #start()}, until {@code total} are out. Before start nothing is out.
 */
public final class ReleaseSchedule {

    private final int total;
    private final double perSecond;
    private volatile long startNanos;
    private volatile boolean started;
    private volatile int held = Integer.MAX_VALUE;

    public ReleaseSchedule(int total, double perSecond) {
        if (total < 0 || perSecond <= 0) {
            throw new IllegalArgumentException("total must be >= 0 and the rate > 0");
        }
        this.total = total;
        this.perSecond = perSecond;
    }

    public void start() {
        startNanos = System.nanoTime();
        started = true;
    }

    /** Releases at most {@code upTo} articles until called again (the bench's warm-up rounds); all by default. */
    public void holdAt(int upTo) {
        held = upTo;
    }

    public int total() {
        return total;
    }

    public double perSecond() {
        return perSecond;
    }

    /** How many articles are out now. */
    public int released() {
        return started ? releasedAfter((System.nanoTime() - startNanos) / 1e9) : 0;
    }

    int releasedAfter(double seconds) {
        long due = (long) Math.floor(seconds * perSecond) + 1;
        return (int) Math.max(0, Math.min(Math.min(total, held), due));
    }

    public boolean finished() {
        return released() >= total;
    }
}
