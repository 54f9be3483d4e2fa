package org.entente.relations.alerts;

import org.entente.relations.domain.RuleSnapshot;

/** One rule that fires on one applied event, with the sentence a person reads first. */
public record AlertMatch(RuleSnapshot rule, String kind, String message) {
}
