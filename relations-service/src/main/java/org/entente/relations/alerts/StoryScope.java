package org.entente.relations.alerts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The stories a report's change can have touched and the live alerts with evidence in them, as {@link AlertStore}
 * reads them for {@link StoryAlertFollowing}.
 *
 * @param reports each story's reports: event id, type, subtype, modality, source, target
 * @param alerts the pair's live alerts with evidence in these stories
 */
record StoryScope(Map<String, List<Object[]>> reports, List<LiveAlert> alerts) {

    /** A live alert, its rule and its evidence event ids. */
    record LiveAlert(UUID id, UUID ruleId, Set<String> evidence) {
    }
}
