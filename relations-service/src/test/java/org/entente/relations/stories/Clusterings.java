package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.entente.relations.domain.StoryParameters;

/**
 * Reports clustered in one batch under the default parameters (the reference the order-free tests compare against), or
 * one at a time as the consumer adds them.
 */
final class Clusterings {

    private Clusterings() {
    }

    static List<Story> atOnce(List<StoryReport> reports) {
        StoryClustering clustering = new StoryClustering(StoryParameters.defaults());
        clustering.addAll(reports);
        return clustering.stories();
    }

    /**
     * Adds the reports one at a time in the given order, as the consumer does, and keeps the tie's terms the way the
     * consumer does: each change's replaced stories leave, the stories it made enter, and neither step may find the
     * terms other than the change says.
     */
    static Map<String, Double> oneByOne(StoryClustering clustering, List<StoryReport> order) {
        Map<String, Double> terms = new TreeMap<>();
        for (StoryReport r : order) {
            StoryChange change = clustering.add(r);
            change.replaced().forEach(gone -> assertThat(terms.remove(gone.id())).isEqualTo(gone.contribution()));
            change.added().forEach(made -> assertThat(terms.put(made.id(), made.contribution())).isNull());
        }
        return terms;
    }
}
