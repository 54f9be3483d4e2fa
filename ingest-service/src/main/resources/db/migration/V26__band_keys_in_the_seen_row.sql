-- The LSH band keys of an article's sketch move from 32 rows of seen_article_band into one array on its seen row
-- (issue 17, lane tp10): the band rows were 43 % of all rows the platform wrote an article, each with an index entry
-- and a foreign-key check. A GIN index answers the same look-up (seen articles sharing a band key with a candidate).
alter table seen_article add column band_keys bigint[];

update seen_article a set band_keys = b.keys
  from (select article_id, array_agg(band_key order by band_key) as keys
          from seen_article_band group by article_id) b
 where a.article_id = b.article_id;

-- fastupdate off: a pending list would make every look-up scan it and let one publish pay for merging it
create index seen_article_band_keys on seen_article using gin (band_keys) with (fastupdate = off);

drop table seen_article_band;
