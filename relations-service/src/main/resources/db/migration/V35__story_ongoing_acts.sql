-- An ongoing act's lone mention (a report of FIGHT, ASSAULT, COERCE, MOBILIZE or SANCTION naming no day, with no other
-- report of its story key within the window) now joins the nearest group of reports naming a day up to a year before
-- it; and two groups of named days one day apart join through a day-less report only when neither could join a third
-- (a chain of nights is a story a day). StoryClustering, StoryPartition; docs/tie-strength.md, "Ongoing acts" and
-- "Stories within the connected components". Stored stories are not what the rules make of their reports now. Marking
-- ties and rollups as not covered makes relations-service rebuild them, and every story, from the event log when it
-- starts (as V23 to V34 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
