package org.entente.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The HTTP calls of the hostile drill: any method, raw bytes, and the answer whatever its status. */
final class Http {

    /** An answer: status, content type, Retry-After, body. */
    record Answer(int status, String contentType, String retryAfter, String body, java.net.http.HttpHeaders headers) {

        /** A refusal as the brief wants it: 4xx with an application/problem+json body that has a title. */
        boolean isProblem(int... statuses) {
            boolean statusOk = statuses.length == 0 ? status / 100 == 4
                    : java.util.Arrays.stream(statuses).anyMatch(s -> s == status);
            return statusOk && contentType.startsWith("application/problem+json") && body.contains("\"title\"");
        }

        String brief() {
            String b = body.length() > 160 ? body.substring(0, 160) + "..." : body;
            return status + " " + contentType + " " + b.replace('\n', ' ');
        }
    }

    /** HTTP/1.1 as curl sends it (no h2c upgrade). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String adminToken;

    Http(String adminToken) {
        this.adminToken = adminToken;
    }

    Answer get(String url) throws IOException, InterruptedException {
        return send("GET", url, null, null, false);
    }

    Answer adminGet(String url) throws IOException, InterruptedException {
        return send("GET", url, null, null, true);
    }

    Answer post(String url, String contentType, byte[] body, boolean admin) throws IOException, InterruptedException {
        return send("POST", url, contentType, body, admin);
    }

    Answer postJson(String url, String json, boolean admin) throws IOException, InterruptedException {
        return post(url, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), admin);
    }

    private Answer send(String method, String url, String contentType, byte[] body, boolean admin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(180));
        if (admin) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        HttpResponse<String> r;
        try {
            r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // A service that died or hung up under a hostile input is a failed check, not a failed drill.
            return new Answer(-1, "", null, "no answer: " + e,
                    java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Retry-After").orElse(null), r.body(), r.headers());
    }
}
