-- Story clustering now reads the day each report's sentence names (docs/tie-strength.md, "Story
-- events"), and an outlet is a registrable domain. Stories stored under the old rule are not what the
-- new rule makes of their reports, and the consumer only adds to stored stories: marking ties and
-- rollups as not covered makes relations-service rebuild them, and every story, from the event log
-- when it starts (ExactSumsUpgrade, as V23 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
