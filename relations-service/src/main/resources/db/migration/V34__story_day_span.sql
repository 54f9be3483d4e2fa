-- Groups of reports naming days one day apart, joined by a report naming no day (a night across midnight), no longer
-- chain: each join is made only while the joined named days span at most two days (StoryPartition;
-- docs/tie-strength.md, "Story events"). Stored stories of such chains are not what the rule makes of their reports
-- now. Marking ties and rollups as not covered makes relations-service rebuild them, and every story, from the event
-- log when it starts (as V23 to V32 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
