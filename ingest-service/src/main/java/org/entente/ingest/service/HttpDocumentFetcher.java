package org.entente.ingest.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.entente.ingest.config.IngestConfig;
import org.entente.netpolicy.RefusedAddressException;

/**
 * Downloads one document politely and defensively: conditional GET, connect/read/total timeouts, a size cap that
 * also holds after gzip decompression, and a bounded number of redirects, each checked to stay http(s).
 * The total timeout is one deadline over the whole exchange, redirects, connection, headers and body: a read
 * timeout alone never fires for a server that sends one byte at a time, and HttpURLConnection offers no limit
 * on the headers, so a watchdog closes the connection at the deadline (trickled headers held poller
 * threads for minutes).
 */
@ApplicationScoped
public class HttpDocumentFetcher {

    /** One daemon thread for every fetcher's deadlines; its tasks only close sockets. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final IngestConfig.Http http;
    private final FeedAddressPolicy addresses;

    @Inject
    public HttpDocumentFetcher(IngestConfig config, FeedAddressPolicy addresses) {
        this(config.http(), addresses);
    }

    public HttpDocumentFetcher(IngestConfig.Http http, FeedAddressPolicy addresses) {
        this.http = http;
        this.addresses = addresses;
    }

    /** For tests that serve documents on 127.0.0.1: loopback allowed, private networks not. */
    HttpDocumentFetcher(IngestConfig.Http http) {
        this(http, new FeedAddressPolicy(true, false, InetAddress::getAllByName));
    }

    public FetchResult fetch(String url, String etag, String lastModified) throws FetchException {
        long deadline = System.nanoTime() + http.totalTimeout().toNanos();
        String current = url;
        for (int hop = 0; hop <= http.maxRedirects(); hop++) {
            checkAddress(current);
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw timedOut(null);
            }
            HttpURLConnection conn = open(current, etag, lastModified, remaining);
            AtomicBoolean expired = new AtomicBoolean();
            ScheduledFuture<?> watchdog = DEADLINES.schedule(() -> {
                expired.set(true);
                conn.disconnect(); // closes the socket: a read blocked on headers or body fails at once
            }, remaining, TimeUnit.NANOSECONDS);
            try {
                int status = conn.getResponseCode();
                if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                    return FetchResult.notModified(etag, lastModified, current);
                }
                if (status >= 300 && status < 400 && conn.getHeaderField("Location") != null) {
                    current = redirectTarget(current, conn.getHeaderField("Location"));
                    continue;
                }
                if (status != HttpURLConnection.HTTP_OK) {
                    throw new FetchException("http_error", "HTTP " + status + " from " + current, null);
                }
                byte[] body = readCapped(conn, deadline);
                return new FetchResult(false, body, conn.getHeaderField("ETag"), conn.getHeaderField("Last-Modified"),
                        current);
            } catch (IOException e) {
                if (expired.get()) {
                    throw timedOut(e);
                }
                if (e instanceof SocketTimeoutException) {
                    throw new FetchException("timeout", "timed out reading " + current + " (" + e.getMessage() + ")", e);
                }
                throw new FetchException("io", "could not read " + current + ": " + e, e);
            } finally {
                watchdog.cancel(false);
                conn.disconnect();
            }
        }
        throw new FetchException("redirects", "more than " + http.maxRedirects() + " redirects from " + url, null);
    }

    /** Before every request, redirect hops included: the name may resolve elsewhere than at registration. */
    private void checkAddress(String url) throws FetchException {
        try {
            addresses.check(URI.create(url));
        } catch (RefusedAddressException e) {
            throw new FetchException("refused_address", url + ": " + e.getMessage(), null);
        } catch (UnknownHostException e) {
            throw new FetchException("io", "cannot resolve the host of " + url + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new FetchException("io", "invalid URL " + url + ": " + e.getMessage(), e);
        }
    }

    private FetchException timedOut(IOException cause) {
        return new FetchException("timeout", "the download took longer than " + http.totalTimeout()
                + " (entente.ingest.http.total-timeout, for connection, headers and body together)", cause);
    }

    private HttpURLConnection open(String url, String etag, String lastModified, long remainingNanos)
            throws FetchException {
        try {
            HttpURLConnection conn = (HttpURLConnection) new URL(url).openConnection();
            long remainingMillis = TimeUnit.NANOSECONDS.toMillis(remainingNanos);
            conn.setInstanceFollowRedirects(false);
            // a connect still under way when the deadline passes is not interrupted by the watchdog: bound it too
            conn.setConnectTimeout(millis(Math.min(http.connectTimeout().toMillis(), remainingMillis)));
            conn.setReadTimeout(millis(http.readTimeout().toMillis()));
            conn.setRequestProperty("User-Agent", http.userAgent());
            conn.setRequestProperty("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                    + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5");
            conn.setRequestProperty("Accept-Encoding", "gzip, deflate");
            if (etag != null) {
                conn.setRequestProperty("If-None-Match", etag);
            }
            if (lastModified != null) {
                conn.setRequestProperty("If-Modified-Since", lastModified);
            }
            return conn;
        } catch (IOException | IllegalArgumentException | ClassCastException e) {
            throw new FetchException("io", "cannot open " + url + ": " + e.getMessage(), e);
        }
    }

    private static String redirectTarget(String from, String location) throws FetchException {
        try {
            URI target = URI.create(from).resolve(location.trim());
            String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FetchException("redirects", from + " redirects to a non-http URL: " + location, null);
            }
            return target.toString();
        } catch (IllegalArgumentException e) {
            throw new FetchException("redirects", from + " redirects to an invalid URL: " + location, e);
        }
    }

    private byte[] readCapped(HttpURLConnection conn, long deadline) throws IOException, FetchException {
        long max = http.maxBodyBytes();
        if (conn.getContentLengthLong() > max) {
            throw new FetchException("too_large", "the document is " + conn.getContentLengthLong()
                    + " bytes and exceeds the limit of " + max + " bytes (entente.ingest.http.max-body-bytes)", null);
        }
        String encoding = conn.getContentEncoding() == null ? "" : conn.getContentEncoding().toLowerCase(Locale.ROOT);
        try (InputStream raw = conn.getInputStream();
                InputStream in = encoding.contains("gzip") ? new GZIPInputStream(raw)
                        : encoding.contains("deflate") ? new InflaterInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            int n;
            while ((n = in.read(buf)) != -1) {
                out.write(buf, 0, n);
                if (out.size() > max) {
                    throw new FetchException("too_large", "the document exceeds the limit of " + max + " bytes"
                            + (encoding.isEmpty() ? "" : " after " + encoding + " decompression"), null);
                }
                if (System.nanoTime() > deadline) {
                    throw timedOut(null);
                }
            }
            return out.toByteArray();
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "fetch-deadline");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true); // most fetches end in time: their tasks must not pile up
        return executor;
    }

    private static int millis(long ms) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, ms));
    }
}
