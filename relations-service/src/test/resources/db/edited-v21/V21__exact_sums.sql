-- Exact sums behind the double masses, so the same events give bit-identical ties and rollups
-- whatever order they were applied in (docs/tie-strength.md, "Exact and order-free").
--
-- tie.anchored_sum*: the sum over the pair's events of w × 2^(phase(t) − halvings(as_of)), where
-- phase counts half-lives since 1970 and halvings is its whole part. mass = nearest double of the
-- sum × 2^(−fraction of as_of's phase).
-- daily_rollup.exact_mass*: the exact sum of the day's rollup weights; mass is its nearest double.
-- summed_events: how many events the exact sums cover. Rows written before this migration, and rows
-- a replica of the previous release updates during a rolling upgrade (it writes event_count and the
-- doubles only), cover fewer than event_count; relations-service carries on from their doubles and
-- rebuilds them from the event log when it next starts.
alter table tie
    add column anchored_sum          numeric,
    add column anchored_sum_forward  numeric,
    add column anchored_sum_backward numeric,
    add column summed_events         bigint;
alter table daily_rollup
    add column exact_mass          numeric,
    add column exact_mass_forward  numeric,
    add column exact_mass_backward numeric,
    add column summed_events       integer;
-- The start-up check looks for rows not covered; these keep it from reading whole tables.
create index tie_sums_not_covered on tie (pair)
    where anchored_sum is null or summed_events is distinct from event_count;
create index daily_rollup_sums_not_covered on daily_rollup (day)
    where exact_mass is null or summed_events is distinct from event_count;
