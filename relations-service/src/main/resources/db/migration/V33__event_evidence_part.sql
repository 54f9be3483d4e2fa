-- Event v1 evidencePart (docs/contracts.md): an event's sentence is from the article text, or from its headline
-- (title). Events logged before were all found in the text.
alter table event_log add column evidence_part varchar(5) not null default 'text';
