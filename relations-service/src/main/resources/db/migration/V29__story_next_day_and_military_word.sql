-- Three story rules (docs/tie-strength.md, "Story events"): a report naming no day may tell of the next UTC day when
-- it was published late enough to be that day at UTC+13, against a report naming that day; military_cooperation
-- against another subtype no longer keeps two reports apart when both name the same day; and a month and day without
-- a year at most 31 days ahead is a plan spanning the publication day to that day, not last year's day. Stored stories
-- may not be what the new rules make of their reports, and the consumer only adds to stored stories. Marking ties and
-- rollups as not covered makes relations-service rebuild them, and every story, from the event log when it starts
-- (as V23 to V28 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
