package org.entente.audit;

import java.util.List;

/** A shipped dependency inside an advisory's affected versions. */
public record Finding(Dependency dependency, Advisory advisory, List<String> fixedIn) {
}
