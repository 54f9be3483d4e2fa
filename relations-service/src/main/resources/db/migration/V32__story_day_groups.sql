-- A report that names no day no longer joins two groups of reports that name different days (the water cannon of
-- 9 December and the ramming of 10 December, chained by "China's coast guard said it had taken necessary control
-- measures" published on the 10th): it joins the group whose named day is nearest (docs/tie-strength.md, "Story
-- events"; StoryPartition). A new report may now split a story or move a report from one story to another, so the
-- consumer recomputes the reports linked to it (their component) as a whole: link_id names each report's component
-- (the smallest event id in it), and the consumer loads components whole by it. A report naming no day may now also
-- tell of a day named two days before its publication (StoryClustering.DAYS_BACK_TO_A_NAMED_DAY).
alter table story_report add column link_id varchar(64);
create index story_report_link on story_report (link_id);

-- Stored stories may not be what the new rule makes of their reports, and none has a link id yet. Marking ties and
-- rollups as not covered makes relations-service rebuild them, and every story, from the event log when it starts
-- (as V23 to V31 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
