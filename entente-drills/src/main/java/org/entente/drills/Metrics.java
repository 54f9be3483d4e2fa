package org.entente.drills;

/** Sums of Prometheus samples from a {@code /q/metrics} text: a metric name and label fragments to match. */
final class Metrics {

    private Metrics() {
    }

    /** The sum of every sample of {@code name} whose labels contain each of {@code labels} (e.g. {@code area="heap"}). */
    static double sum(String exposition, String name, String... labels) {
        double total = 0;
        for (String line : exposition.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                String value = line.substring(line.lastIndexOf(' ') + 1).trim();
                try {
                    total += Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    // NaN and the like count as nothing
                }
            }
        }
        return total;
    }
}
