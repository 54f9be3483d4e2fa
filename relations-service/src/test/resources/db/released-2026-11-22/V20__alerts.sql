-- Alerting (docs/alerts.md): rules, raised alerts with their evidence, the publication outbox that
-- feeds Kafka "alerts" and the SSE stream, webhook deliveries, and score points for change rules.

create table alert_rule (
    id             uuid        primary key,
    name           text        not null,
    enabled        boolean     not null,
    definition     text        not null,
    webhook_secret text,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

-- Written in the same transaction as the event that raised it: no alert is lost, none doubled.
create table alert (
    id                 uuid             primary key,
    rule_id            uuid             not null,
    rule_name          text             not null,
    severity           varchar(8)       not null,
    kind               varchar(16)      not null,
    pair               varchar(7)       not null,
    pair_first         varchar(3)       not null,
    pair_second        varchar(3)       not null,
    message            text             not null,
    score_before       double precision not null,
    score_after        double precision not null,
    event_count        integer          not null,
    source_count       integer          not null,
    first_event_time   timestamptz      not null,
    last_event_time    timestamptz      not null,
    raised_at          timestamptz      not null,
    updated_at         timestamptz      not null,
    revision           integer          not null,
    published_revision integer          not null default 0,
    published_at       timestamptz
);
-- Suppression looks up the latest alert of one rule and pair; listing walks raised_at newest first.
create index alert_rule_pair_raised on alert (rule_id, pair, raised_at desc);
create index alert_raised on alert (raised_at desc, id desc);
create index alert_first_raised on alert (pair_first, raised_at desc);
create index alert_second_raised on alert (pair_second, raised_at desc);
create index alert_unpublished on alert (raised_at) where revision > published_revision;

-- Every event that raised or joined an alert; distinct article URLs are the alert's sources.
create table alert_evidence (
    alert_id      uuid        not null references alert (id) on delete cascade,
    event_id      varchar(64) not null,
    article_url   text        not null,
    article_title text,
    sentence      text        not null,
    event_time    timestamptz not null,
    added_at      timestamptz not null,
    primary key (alert_id, event_id)
);

-- The outbox: one row per published revision of an alert, in publication order. seq is the SSE id,
-- so a client that reconnects with Last-Event-ID gets every row after it.
create table alert_publication (
    seq           bigserial   primary key,
    alert_id      uuid        not null references alert (id) on delete cascade,
    revision      integer     not null,
    pair          varchar(7)  not null,
    payload       text        not null,
    created_at    timestamptz not null,
    kafka_sent_at timestamptz,
    unique (alert_id, revision)
);
create index alert_publication_unsent on alert_publication (seq) where kafka_sent_at is null;

create table alert_webhook_delivery (
    id              bigserial   primary key,
    publication_seq bigint      not null references alert_publication (seq) on delete cascade,
    rule_id         uuid        not null,
    url             text        not null,
    status          varchar(12) not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz
);
create index alert_webhook_due on alert_webhook_delivery (next_attempt_at) where status = 'pending';

-- The score of a pair around each event, kept while a change rule exists, so "moved by more than X
-- within W" is one range query.
create table alert_score_point (
    pair         varchar(7)       not null,
    event_time   timestamptz      not null,
    score_before double precision not null,
    score_after  double precision not null
);
create index alert_score_point_pair_time on alert_score_point (pair, event_time);
