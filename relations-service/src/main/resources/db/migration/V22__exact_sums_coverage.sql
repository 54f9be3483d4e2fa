-- summed_events: how many events the exact sums (V21) cover. Rows written before V21, and rows a
-- replica of the previous release updates during a rolling upgrade (it writes event_count and the
-- doubles only), cover fewer than event_count; relations-service carries on from their doubles and
-- rebuilds them from the event log when it next starts.
--
-- This change was first shipped inside V21 (edited after release); databases that ran that edited
-- V21 already have these columns and indexes, hence "if not exists" (beforeValidate.sql maps their
-- V21 checksum to the released one).
alter table tie
    add column if not exists summed_events bigint;
alter table daily_rollup
    add column if not exists summed_events integer;
-- The start-up check looks for rows not covered; these keep it from reading whole tables.
create index if not exists tie_sums_not_covered on tie (pair)
    where anchored_sum is null or summed_events is distinct from event_count;
create index if not exists daily_rollup_sums_not_covered on daily_rollup (day)
    where exact_mass is null or summed_events is distinct from event_count;
