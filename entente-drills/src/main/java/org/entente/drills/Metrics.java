package org.entente.drills;

/** Sums of Prometheus samples from a {@code /q/metrics} text: a metric name and label fragments to match. */
final class Metrics {

    /** HTTP/1.1: the JDK client's h2c upgrade against Quarkus failed with a frame-size protocol error. */
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10)).build();

    private Metrics() {
    }

    /** A service's {@code /q/metrics} text. */
    static String scrape(String serviceUrl) throws java.io.IOException, InterruptedException {
        return HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(serviceUrl + "/q/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
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
