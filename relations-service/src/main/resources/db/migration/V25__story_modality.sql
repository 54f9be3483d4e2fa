-- A report of intent ("will sign", "agreed to sign") and a report of the act ("signed") of the same type and
-- pair within the window are now one story event, led by its strongest modality (docs/tie-strength.md, "Story
-- events"); only a negated report stays apart. Stories stored under the old key are not what the new rule makes
-- of their reports, and the consumer only adds to stored stories: marking ties and rollups as not covered makes
-- relations-service rebuild them, and every story, from the event log when it starts (as V23 and V24 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;

-- Story merges and the alert planner look alerts up by their evidence's event id (AlertRecorder.storyAlerts);
-- the primary key (alert_id, event_id) cannot serve that.
create index if not exists alert_evidence_event on alert_evidence (event_id);
