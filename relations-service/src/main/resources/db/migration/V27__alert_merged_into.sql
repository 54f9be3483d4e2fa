-- When a later report links two story events that each had an alert of one rule, the alert that does not survive is
-- no longer deleted (subscribers that held it never learnt it was gone): it stays, pointing at the alert that absorbed
-- it, and its last revision, published like any other, says so (docs/alerts.md, "One story event, one alert").
-- Live alerts are those with merged_into null.
alter table alert add column merged_into uuid references alert (id);
create index alert_merged_into on alert (merged_into) where merged_into is not null;
