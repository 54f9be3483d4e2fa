-- Every applied batch updates its pairs' tie rows and its (pair, day) rollup rows. The partial indexes of V22 name
-- anchored_sum, exact_mass, summed_events and event_count in their predicates, columns every such update changes:
-- PostgreSQL then cannot update a row in place (a HOT update) and writes a new entry into each of the table's indexes
-- for every row version, and autovacuum has those entries to clean up (issue 17, lane tp9). The start-up check they
-- served (ExactSumsUpgrade) reads the two tables once when relations-service starts: a scan of them is cheaper there
-- than index entries on every write.
drop index if exists tie_sums_not_covered;
drop index if exists daily_rollup_sums_not_covered;
-- Room on each page for a row's next version, so that the update stays on the page (new pages only).
alter table tie set (fillfactor = 80);
alter table daily_rollup set (fillfactor = 80);
