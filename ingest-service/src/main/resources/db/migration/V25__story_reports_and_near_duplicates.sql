-- Near-duplicate articles (issue 16). Numbered 25 like relations-service's migrations of the same issue, so
-- migrations other branches add to this schema (V2...) cannot collide with it.

-- The URL with its renderings folded (UrlCanonicalizer.storyKey) and the MinHash sketch of the text
-- (MinHashSketch, 64 longs). Null on rows seen before this migration: those still match by id and fingerprint.
alter table seen_article add column story_key varchar(4096);
alter table seen_article add column minhash bytea;
create index seen_article_story_key on seen_article (story_key);

-- LSH bands of each sketch: a text sharing one band key with a seen article is a near-duplicate candidate,
-- found by an indexed equality lookup instead of a scan.
create table seen_article_band (
    band_key   bigint   not null,
    article_id char(32) not null references seen_article (article_id) on delete cascade,
    primary key (band_key, article_id)
);

-- Every report of a published story: the article itself and each URL variant, near-duplicate or syndicated
-- copy that was recognised as the same story and not published again.
create table story_report (
    article_id char(32)      not null references seen_article (article_id) on delete cascade,
    url        varchar(4096) not null,
    host       varchar(255)  not null,
    feed_id    uuid,
    match      varchar(16)   not null,
    similarity double precision,
    seen_at    timestamptz   not null,
    primary key (article_id, url)
);
comment on column story_report.match is 'original, same_url, url_variant, same_text or near_duplicate';
