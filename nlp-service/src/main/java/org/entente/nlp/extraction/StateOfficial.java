package org.entente.nlp.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person (or body) who held a government or military office in a state, with the dates of each office.
 *
 * @param name the first name the source gives, for reading
 */
record StateOfficial(String name, List<Office> offices) {

    /** One office; {@code from} or {@code to} null when open or unknown. */
    record Office(String state, LocalDate from, LocalDate to) {

        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }

        boolean open() {
            return from != null && to == null;
        }
    }

    /**
     * The state this official acts for. With the article's date: the office held that day (none: a
     * former official, "Ban Ki-moon" at the UN, acts for no state). Without a date: an office still
     * open, or else the one state all offices were in. Empty when that does not settle it.
     */
    Optional<String> stateOn(LocalDate date) {
        if (date != null) {
            return single(offices.stream().filter(o -> o.from() != null && o.covers(date)).toList());
        }
        Optional<String> open = single(offices.stream().filter(Office::open).toList());
        return open.isPresent() ? open : single(offices);
    }

    private static Optional<String> single(List<Office> candidates) {
        List<String> states = candidates.stream().map(Office::state).distinct().toList();
        return states.size() == 1 ? Optional.of(states.get(0)) : Optional.empty();
    }
}
