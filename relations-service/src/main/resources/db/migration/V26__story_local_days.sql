-- "Today" and "yesterday" in a report's sentence now name the writer's local day in any time zone from UTC-10 to
-- UTC+13, so two days (docs/tie-strength.md, "Story events"): stored stories may not be what the new rule makes of
-- their reports, and the consumer only adds to stored stories. Marking ties and rollups as not covered makes
-- relations-service rebuild them, and every story, from the event log when it starts (as V23 to V25 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
