-- Exact sums behind the double masses, so the same events give bit-identical ties and rollups
-- whatever order they were applied in (docs/tie-strength.md, "Exact and order-free").
--
-- tie.anchored_sum*: the sum over the pair's events of w × 2^(phase(t) − halvings(as_of)), where
-- phase counts half-lives since 1970 and halvings is its whole part. mass = nearest double of the
-- sum × 2^(−fraction of as_of's phase).
-- daily_rollup.exact_mass*: the exact sum of the day's rollup weights; mass is its nearest double.
--
-- NULL marks a row written before this migration; relations-service rebuilds those from the event
-- log when it starts.
alter table tie
    add column anchored_sum          numeric,
    add column anchored_sum_forward  numeric,
    add column anchored_sum_backward numeric;
alter table daily_rollup
    add column exact_mass          numeric,
    add column exact_mass_forward  numeric,
    add column exact_mass_backward numeric;
