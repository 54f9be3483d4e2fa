package org.entente.ingest.service;

/** A completed download: either a fresh body with its validators, or "not modified" (HTTP 304). */
public record FetchResult(boolean notModified, byte[] body, String etag, String lastModified, String finalUrl) {

    static FetchResult notModified(String etag, String lastModified, String url) {
        return new FetchResult(true, new byte[0], etag, lastModified, url);
    }
}
