-- Story events (docs/tie-strength.md, "Story events"): the reports of one event across articles and
-- outlets, clustered by relations-service. Ties and rollups are built from stories, not single events.
--
-- story: one row per story event, a function of its reports. id = the smallest event id among them;
-- the lead report is the earliest (event time, then id): its time, weight and direction are the story's.
create table story (
    id                varchar(64)      primary key,
    pair_first        varchar(3)       not null,
    pair_second       varchar(3)       not null,
    type              varchar(16)      not null,
    modality          varchar(8)       not null,
    source            varchar(3)       not null,
    target            varchar(3)       not null,
    lead_event_id     varchar(64)      not null,
    first_reported_at timestamptz      not null,
    last_reported_at  timestamptz      not null,
    outlet_count      integer          not null,
    report_count      integer          not null,
    outlets           text             not null,
    weight            double precision not null,
    corroboration     double precision not null
);
create index story_pair_time on story (pair_first, pair_second, first_reported_at desc, id desc);
create index story_source_time on story (source, first_reported_at desc, id desc);
create index story_target_time on story (target, first_reported_at desc, id desc);
create index story_time on story (first_reported_at desc, id desc);

-- Every logged event is a report of exactly one story.
create table story_report (
    event_id varchar(64) primary key,
    story_id varchar(64) not null,
    outlet   text        not null
);
create index story_report_story on story_report (story_id);

-- Existing ties and rollups count every event; marking them as not covered by exact sums makes
-- relations-service rebuild them, and the stories, from the event log when it starts.
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
