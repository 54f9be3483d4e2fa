-- A story of a symmetric type (AGREE, CONSULT, COOPERATE, FIGHT by default: "X and Y agreed") now counts half in each
-- direction of its tie instead of all in its lead report's (docs/tie-strength.md, "Story events"): stored directed
-- masses follow the old rule. Marking ties and rollups as not covered makes relations-service rebuild them, and every
-- story, from the event log when it starts (as V23 to V26 did).
update tie set summed_events = null where event_count > 0;
update daily_rollup set summed_events = null;
