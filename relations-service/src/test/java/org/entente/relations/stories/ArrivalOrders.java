package org.entente.relations.stories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every order in which a handful of reports can arrive, for the tests that prove stories are order-free. */
final class ArrivalOrders {

    private ArrivalOrders() {
    }

    static List<List<StoryReport>> of(List<StoryReport> reports) {
        List<List<StoryReport>> out = new ArrayList<>();
        permute(new ArrayList<>(reports), 0, out);
        return out;
    }

    private static void permute(List<StoryReport> items, int from, List<List<StoryReport>> out) {
        if (from == items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Collections.swap(items, from, i);
            permute(items, from + 1, out);
            Collections.swap(items, from, i);
        }
    }
}
