package org.entente.ingest.domain;

public enum FeedStatus {
    ACTIVE,
    PAUSED
}
