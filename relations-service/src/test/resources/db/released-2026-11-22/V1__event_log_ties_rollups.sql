-- relations-service owns schema "relations" (quarkus.flyway.schemas). One row per applied event,
-- one row per nation pair, one row per pair and day with events.

-- Every event ever applied, with its evidence. The primary key makes a redelivery a no-op.
create table event_log (
    id                varchar(64)      primary key,
    article_id        varchar(64)      not null,
    article_url       text             not null,
    article_title     text,
    sentence_index    integer          not null,
    sentence          text             not null,
    sentence_start    integer          not null,
    sentence_end      integer          not null,
    type              varchar(16)      not null,
    subtype           varchar(32),
    cameo_code        varchar(4),
    source            varchar(3)       not null,
    target            varchar(3)       not null,
    pair_first        varchar(3)       not null,
    pair_second       varchar(3)       not null,
    modality          varchar(8)       not null,
    confidence        double precision not null,
    trigger_text      text,
    event_time        timestamptz      not null,
    extracted_at      timestamptz,
    extractor_version varchar(64),
    received_at       timestamptz      not null
);
-- Listing and evidence queries walk these newest first; the id breaks ties for cursor paging.
create index event_log_pair_time on event_log (pair_first, pair_second, event_time desc, id desc);
create index event_log_source_time on event_log (source, event_time desc, id desc);
create index event_log_target_time on event_log (target, event_time desc, id desc);
create index event_log_time on event_log (event_time desc, id desc);

-- The current tie per unordered pair (first < second). Masses are decayed weight sums at as_of,
-- the latest event time; "forward" is first -> second, "backward" second -> first.
create table tie (
    pair           varchar(7)       primary key,
    pair_first     varchar(3)       not null,
    pair_second    varchar(3)       not null,
    mass           double precision not null,
    mass_forward   double precision not null,
    mass_backward  double precision not null,
    as_of          timestamptz      not null,
    event_count    bigint           not null,
    count_forward  bigint           not null,
    count_backward bigint           not null,
    first_event_at timestamptz      not null,
    last_event_at  timestamptz      not null
);
create index tie_first on tie (pair_first);
create index tie_second on tie (pair_second);

-- Weights of one pair's events of one UTC day, each decayed to the end of that day.
create table daily_rollup (
    pair_first    varchar(3)       not null,
    pair_second   varchar(3)       not null,
    day           date             not null,
    event_count   integer          not null,
    mass          double precision not null,
    mass_forward  double precision not null,
    mass_backward double precision not null,
    primary key (pair_first, pair_second, day)
);
create index daily_rollup_day on daily_rollup (day);

-- The scoring parameters in force (one row), so a recompute with new parameters survives a restart.
create table scoring_parameters (
    id         integer     primary key,
    parameters text        not null,
    updated_at timestamptz not null
);
