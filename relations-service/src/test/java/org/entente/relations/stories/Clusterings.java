package org.entente.relations.stories;

import java.util.List;

import org.entente.relations.domain.StoryParameters;

/** Reports clustered in one batch under the default parameters: the reference the order-free tests compare against. */
final class Clusterings {

    private Clusterings() {
    }

    static List<Story> atOnce(List<StoryReport> reports) {
        StoryClustering clustering = new StoryClustering(StoryParameters.defaults());
        clustering.addAll(reports);
        return clustering.stories();
    }
}
