package org.entente.drills;

import java.util.ArrayList;
import java.util.List;

/**
 * The hostile drill's checks, each naming the docs/bad-input.md row (or the hostile input) it
 * proves, what was sent, whether it passed and what was seen. Counts the hostile inputs sent, the
 * refusals (4xx problem+json) and the dead letters found.
 */
final class Ledger {

    /** One expectation of the drill. */
    record Check(String item, String input, boolean passed, String observed) {
    }

    private final List<Check> checks = new ArrayList<>();
    private int inputs;
    private int refused;
    private int deadLetters;

    synchronized void sent(int n) {
        inputs += n;
    }

    synchronized void refused(int n) {
        refused += n;
    }

    synchronized void deadLetters(int n) {
        deadLetters += n;
    }

    synchronized boolean check(String item, String input, boolean passed, String observed) {
        checks.add(new Check(item, input, passed, observed));
        return passed;
    }

    synchronized List<Check> checks() {
        return List.copyOf(checks);
    }

    synchronized List<Check> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    synchronized int inputs() {
        return inputs;
    }

    synchronized int refused() {
        return refused;
    }

    synchronized int deadLetters() {
        return deadLetters;
    }
}
