-- Band keys shared by more seen articles than the near-duplicate look-up reads for one key (issue 17, lane tp12): a
-- press office's template or a long disclaimer gives every article of a feed the same band, so the key tells none of
-- them apart. The look-up finds them as it goes and leaves them out of later look-ups, which would otherwise read the
-- GIN index's whole list for the key each time, a list that grows with the history.
create table common_band_key (
    band_key bigint primary key
);
