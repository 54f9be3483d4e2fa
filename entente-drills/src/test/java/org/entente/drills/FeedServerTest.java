package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFeedCarriesItsReleasedArticlesNewestFirstWithinTheWindowAndAnswers304WhenUnchanged() throws Exception {
        Corpus corpus = new Corpus(1, Instant.parse("2026-11-21T12:00:00Z"));
        ReleaseSchedule schedule = new ReleaseSchedule(10, 1000);
        try (FeedServer server = new FeedServer(corpus, schedule, 3, 2)) {
            String feed1 = server.feedUrls().get(1);
            HttpResponse<String> before = get(feed1, null);
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.body()).doesNotContain("<item>");

            schedule.start();
            long deadline = System.nanoTime() + 5_000_000_000L; // all 10 are out after 10 ms at 1000/s
            while (schedule.released() < 10 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(schedule.released()).isEqualTo(10);
            HttpResponse<String> after = get(feed1, null);
            // Feed 1 of 3 carries articles 1, 4, 7; a window of 2 keeps 7 and 4, newest first.
            String body = after.body();
            assertThat(body).contains(FeedServer.escape(corpus.article(7).url()), FeedServer.escape(corpus.article(4).url()))
                    .doesNotContain(FeedServer.escape(corpus.article(1).url()) + "<")
                    .doesNotContain(FeedServer.escape(corpus.article(2).url()) + "<");
            assertThat(body.indexOf(corpus.article(7).url())).isLessThan(body.indexOf(corpus.article(4).url()));

            String etag = after.headers().firstValue("ETag").orElseThrow();
            assertThat(get(feed1, etag).statusCode()).isEqualTo(304);
            assertThat(get(server.feedUrls().get(0).replace("/0.xml", "/9.xml"), null).statusCode()).isEqualTo(404);
        }
    }

    private HttpResponse<String> get(String url, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
