package org.entente.audit;

import java.util.List;
import java.util.Set;

/** The part of an OSV record the audit needs: which Maven packages and versions it affects. */
public record Advisory(String id, List<String> aliases, String summary, String severity, List<Affected> affected) {

    /** One affected package: explicit versions and/or ranges. */
    public record Affected(String packageName, Set<String> versions, List<VersionRange> ranges) {

        boolean affects(Dependency dependency) {
            if (!packageName.equals(dependency.packageName())) {
                return false;
            }
            return versions.contains(dependency.version()) || ranges.stream().anyMatch(r -> r.contains(dependency.version()));
        }

        List<String> fixedVersions() {
            return ranges.stream().flatMap(r -> r.fixedVersions().stream()).distinct().toList();
        }
    }

    public boolean affects(Dependency dependency) {
        return affected.stream().anyMatch(a -> a.affects(dependency));
    }

    public List<String> fixedVersionsFor(Dependency dependency) {
        return affected.stream().filter(a -> a.affects(dependency)).flatMap(a -> a.fixedVersions().stream()).distinct()
                .toList();
    }

    /** True when this advisory is known by {@code name} (its id or one of its aliases). */
    public boolean isKnownAs(String name) {
        return id.equals(name) || aliases.contains(name);
    }
}
