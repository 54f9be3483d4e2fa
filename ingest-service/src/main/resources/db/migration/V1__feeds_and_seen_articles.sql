-- Feed registry: one row per polled feed, with its polling state.
create table feed (
    id                   uuid primary key,
    url                  varchar(2048) not null unique,
    title                varchar(512),
    poll_seconds         integer       not null,
    status               varchar(16)   not null,
    full_text            boolean       not null default false,
    etag                 varchar(512),
    last_modified        varchar(128),
    last_poll_at         timestamptz,
    last_success_at      timestamptz,
    last_error           varchar(2048),
    last_error_at        timestamptz,
    next_poll_at         timestamptz   not null,
    consecutive_failures integer       not null default 0,
    items_seen           bigint        not null default 0,
    articles_published   bigint        not null default 0,
    duplicates_dropped   bigint        not null default 0,
    created_at           timestamptz   not null
);
create index feed_due on feed (status, next_poll_at);

-- Articles the broker has acknowledged: written only after the send completed.
create table seen_article (
    article_id          char(32)      primary key,
    canonical_url       varchar(4096) not null,
    content_fingerprint char(64)      not null,
    feed_id             uuid,
    published_at        timestamptz,
    seen_at             timestamptz   not null
);
create index seen_article_fingerprint on seen_article (content_fingerprint);

-- Default feeds already offered once, so a feed the user deleted is not seeded again.
create table seeded_feed (
    url       varchar(2048) primary key,
    seeded_at timestamptz   not null
);
