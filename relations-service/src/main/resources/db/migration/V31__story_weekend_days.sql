-- A sentence that names no weekday, relative day or month and day but "the weekend" ("after the weekend truce largely
-- held", published on the Monday) now spans that weekend's Saturday and Sunday (docs/tie-strength.md, "Story events";
-- EventDays.weekend), where it named no day before. Stored stories may not be what the new rule makes of their
-- reports, and the consumer only adds to stored stories. Marking ties and rollups as not covered makes
-- relations-service rebuild them, and every story, from the event log when it starts (as V23 to V30 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
