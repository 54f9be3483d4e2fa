-- V21__exact_sums.sql was edited after its release (commit 7d015ef added summed_events and two
-- indexes; that change now lives in V22). A database that ran the edited V21 recorded checksum
-- 1434599837; the released file, restored byte for byte, has -1749021262. Record the released
-- checksum for exactly that case, so such a database validates and V22 completes it (its
-- "if not exists" finds the columns already there). Any other mismatch still fails validation.
do $$
begin
    if to_regclass('"${flyway:defaultSchema}"."${flyway:table}"') is not null then
        update "${flyway:defaultSchema}"."${flyway:table}"
           set checksum = -1749021262
         where version = '21' and checksum = 1434599837;
    end if;
end
$$;
