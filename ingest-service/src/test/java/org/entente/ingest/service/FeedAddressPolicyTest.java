package org.entente.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.testing.FixtureServer;
import org.entente.netpolicy.RefusedAddressException;
import org.junit.jupiter.api.Test;

/** The shared policy (entente-net-policy, tested there) as ingest-service configures and uses it. */
class FeedAddressPolicyTest {

    private static final FeedAddressPolicy.Resolver LITERALS = InetAddress::getAllByName;

    @Test
    void refusesEachClassNamingItUnlessConfigAllowsIt() {
        FeedAddressPolicy strict = new FeedAddressPolicy(false, false, LITERALS);
        assertThatThrownBy(() -> strict.check(URI.create("http://127.0.0.1:8080/rss")))
                .isInstanceOf(RefusedAddressException.class).hasMessageContaining("loopback")
                .hasMessageContaining("entente.ingest.feeds.allow-loopback=true");
        assertThatThrownBy(() -> strict.check(URI.create("http://[::1]/rss"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> strict.check(URI.create("https://10.0.0.5/rss"))).hasMessageContaining("private-network")
                .hasMessageContaining("allow-private-networks");
        assertThatThrownBy(() -> strict.check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .hasMessageContaining("link-local");
        assertThatThrownBy(() -> strict.check(URI.create("http://0.0.0.0/"))).hasMessageContaining("unspecified");
        assertThatThrownBy(() -> strict.check(URI.create("http://224.0.0.1/"))).hasMessageContaining("multicast");
        assertThatThrownBy(() -> strict.check(URI.create("ftp://93.184.216.34/rss")))
                .hasMessageContaining("only http and https");
        assertThatCode(() -> strict.check(URI.create("https://93.184.216.34/rss"))).doesNotThrowAnyException();

        FeedAddressPolicy open = new FeedAddressPolicy(true, true, LITERALS);
        assertThatCode(() -> open.check(URI.create("http://127.0.0.1:8080/rss"))).doesNotThrowAnyException();
        assertThatCode(() -> open.check(URI.create("http://192.168.0.10/rss"))).doesNotThrowAnyException();
        // the metadata service stays out of reach whatever the configuration says
        assertThatThrownBy(() -> open.check(URI.create("http://169.254.169.254/"))).hasMessageContaining("link-local");
    }

    /** Special-purpose ranges the policy let through, refused even with everything allowed. */
    @Test
    void refusesTheSpecialPurposeRangesEvenWhenLoopbackAndPrivateAreAllowed() {
        FeedAddressPolicy open = new FeedAddressPolicy(true, true, LITERALS);
        for (String host : new String[] { "192.0.0.1", "198.18.0.1", "198.19.1.1", "240.0.0.1", "[64:ff9b:1::a00:1]",
                "[2002:7f00:1::1]", "192.88.99.1", "192.0.2.1", "198.51.100.1", "203.0.113.1", "[2001:db8::1]",
                "[64:ff9b::a9fe:a9fe]" }) {
            assertThatThrownBy(() -> open.check(URI.create("http://" + host + "/rss"))).as(host)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refused");
        }
    }

    @Test
    void aNameThatRebindsToLoopbackAfterRegistrationIsRefusedAtFetch() throws UnknownHostException {
        AtomicInteger lookups = new AtomicInteger();
        FeedAddressPolicy policy = new FeedAddressPolicy(false, false, host -> new InetAddress[] {
                InetAddress.getByName(lookups.incrementAndGet() == 1 ? "93.184.216.34" : "127.0.0.1") });
        policy.checkIfResolvable(URI.create("http://rebind.example/rss"));
        HttpDocumentFetcher fetcher = new HttpDocumentFetcher(new TestHttp(), policy);
        assertThatThrownBy(() -> fetcher.fetch("http://rebind.example/rss", null, null))
                .isInstanceOf(FetchException.class).hasMessageContaining("loopback")
                .satisfies(e -> assertThat(((FetchException) e).kind()).isEqualTo("refused_address"));
    }

    @Test
    void aRedirectHopToTheMetadataServiceIsRefusedBeforeItIsRequested() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            server.on("/feed.xml", ex -> {
                ex.getResponseHeaders().set("Location", "http://169.254.169.254/latest/meta-data/");
                ex.sendResponseHeaders(302, -1);
            });
            HttpDocumentFetcher fetcher = new HttpDocumentFetcher(new TestHttp(),
                    new FeedAddressPolicy(true, false, LITERALS));
            assertThatThrownBy(() -> fetcher.fetch(server.url("/feed.xml"), null, null))
                    .isInstanceOf(FetchException.class).hasMessageContaining("169.254.169.254")
                    .hasMessageContaining("link-local")
                    .satisfies(e -> assertThat(((FetchException) e).kind()).isEqualTo("refused_address"));
            assertThat(server.requests()).containsExactly("/feed.xml");
        }
    }

    @Test
    void withLoopbackDisallowedALocalFeedIsNeverRequested() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            server.xml("/feed.xml", "<rss/>");
            HttpDocumentFetcher fetcher = new HttpDocumentFetcher(new TestHttp(),
                    new FeedAddressPolicy(false, false, LITERALS));
            assertThatThrownBy(() -> fetcher.fetch(server.url("/feed.xml"), null, null))
                    .hasMessageContaining("loopback");
            assertThat(server.requests()).isEmpty();
        }
    }

    private static final class TestHttp implements IngestConfig.Http {
        public Duration connectTimeout() {
            return Duration.ofSeconds(2);
        }

        public Duration readTimeout() {
            return Duration.ofSeconds(2);
        }

        public Duration totalTimeout() {
            return Duration.ofSeconds(3);
        }

        public long maxBodyBytes() {
            return 1 << 20;
        }

        public int maxRedirects() {
            return 3;
        }

        public String userAgent() {
            return "test";
        }
    }
}
