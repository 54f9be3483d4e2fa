package org.entente.audit;

import java.util.Comparator;
import java.util.List;

import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * An OSV range of type ECOSYSTEM (or SEMVER) over Maven versions: events {@code introduced},
 * {@code fixed}, {@code last_affected} and {@code limit}, evaluated as the OSV schema describes.
 */
public record VersionRange(List<Event> events) {

    public enum Kind {
        INTRODUCED,
        FIXED,
        LAST_AFFECTED,
        LIMIT
    }

    public record Event(Kind kind, String version) {
    }

    private static final ComparableVersion ZERO = new ComparableVersion("0");

    public boolean contains(String version) {
        ComparableVersion v = new ComparableVersion(version);
        List<Event> sorted = events.stream().sorted(Comparator.comparing(e -> parse(e.version()))).toList();
        boolean affected = false;
        for (Event e : sorted) {
            int cmp = v.compareTo(parse(e.version()));
            switch (e.kind()) {
                case INTRODUCED -> affected = cmp >= 0 || affected;
                case FIXED -> affected = affected && cmp < 0;
                case LAST_AFFECTED -> affected = affected && cmp <= 0;
                case LIMIT -> affected = affected && cmp < 0;
                default -> throw new IllegalStateException(e.kind().name());
            }
        }
        return affected;
    }

    /** The versions that end the range, for the "upgrade to" hint. */
    public List<String> fixedVersions() {
        return events.stream().filter(e -> e.kind() == Kind.FIXED).map(Event::version).toList();
    }

    private static ComparableVersion parse(String version) {
        return "0".equals(version) ? ZERO : new ComparableVersion(version);
    }
}
