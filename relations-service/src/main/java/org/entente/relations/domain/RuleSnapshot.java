package org.entente.relations.domain;

import java.util.UUID;

/** An enabled alert rule as the evaluator sees it: immutable, detached from the database. */
public record RuleSnapshot(UUID id, String name, AlertRuleSpec spec) {
}
