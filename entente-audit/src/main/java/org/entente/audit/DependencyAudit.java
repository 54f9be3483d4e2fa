package org.entente.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Matches resolved dependencies against advisories and splits the findings by acceptance. */
public final class DependencyAudit {

    public record Result(List<Dependency> dependencies, int advisories, List<Finding> open, List<Finding> accepted) {
        public boolean clean() {
            return open.isEmpty();
        }
    }

    private DependencyAudit() {
    }

    public static Result run(Collection<Dependency> dependencies, Collection<Advisory> advisories,
            List<AcceptedRisk> acceptedRisks, LocalDate today) {
        Map<String, List<Advisory>> byPackage = advisories.stream()
                .flatMap(a -> a.affected().stream().map(x -> Map.entry(x.packageName(), a)))
                .collect(
                        Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Finding> open = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        for (Dependency dependency : dependencies) {
            for (Advisory advisory : byPackage.getOrDefault(dependency.packageName(), List.of()).stream().distinct().toList()) {
                if (!advisory.affects(dependency)) {
                    continue;
                }
                Finding finding = new Finding(dependency, advisory, advisory.fixedVersionsFor(dependency));
                boolean isAccepted = acceptedRisks.stream().anyMatch(r -> r.covers(finding, today));
                (isAccepted ? accepted : open).add(finding);
            }
        }
        Comparator<Finding> order = Comparator.comparing((Finding f) -> f.dependency().toString())
                .thenComparing(f -> f.advisory().id());
        open.sort(order);
        accepted.sort(order);
        return new Result(List.copyOf(dependencies), advisories.size(), List.copyOf(open), List.copyOf(accepted));
    }
}
