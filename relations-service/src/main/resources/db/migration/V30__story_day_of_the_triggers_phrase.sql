-- A report whose trigger stands after "after", "since", "following", ... now takes the day named in its own phrase
-- ("the first session since Friday's agreement"), not the day named before that word, which is another event's
-- (docs/tie-strength.md, "Story events"; EventDays.ownPhrase). Stored stories may not be what the new rule makes of
-- their reports, and the consumer only adds to stored stories. Marking ties and rollups as not covered makes
-- relations-service rebuild them, and every story, from the event log when it starts (as V23 to V29 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
