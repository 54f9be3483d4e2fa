-- A report that ended an ongoing act's lone mention could split its component into pieces, and only the piece it
-- landed in was written: the other pieces' reports kept the story id of a story deleted as replaced (they fell out of
-- GET /api/v1/stories) or of the landed piece's new story (they showed in it). Ties were right (they follow each
-- change's stories), the story rows were not. The same release links two reports naming the same day up to a week
-- apart (a recap) and no longer reads a day named in a relative clause about a person (", who arrived on Wednesday")
-- as the event's (StoryClustering, EventDays; docs/tie-strength.md, "Story events"). Marking ties and rollups as not
-- covered makes relations-service rebuild them, and every story, from the event log when it starts (as V23 to V35 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
