package org.entente.relations.domain;

import java.util.Locale;
import java.util.Set;

/**
 * What an alert rule watches and when it fires, already validated. Stored as JSON in
 * {@code alert_rule.definition}; {@code docs/alerts.md} explains each trigger.
 *
 * @param nation the watched nation when {@code scope} is NATION
 * @param pair the watched pair key ({@code IRN|SAU}) when {@code scope} is PAIR
 * @param types PLOVER types that fire an EVENT rule; empty = any
 * @param subtypes agreement subtypes that fire an EVENT rule; empty = any
 * @param modalities wire modalities ({@code asserted}, ...) that fire an EVENT rule; empty = any
 * @param threshold the score a THRESHOLD rule watches being crossed
 * @param change how far the score must move within {@code windowSeconds} for a CHANGE rule
 * @param suppressSeconds one rule and one pair raise one alert within this long; later matches join it
 */
public record AlertRuleSpec(
        Severity severity,
        Scope scope,
        String nation,
        String pair,
        Trigger trigger,
        Set<String> types,
        Set<String> subtypes,
        Set<String> modalities,
        Double threshold,
        Double change,
        Long windowSeconds,
        Direction direction,
        long suppressSeconds,
        String webhookUrl) {

    public enum Severity {
        LOW,
        MEDIUM,
        HIGH,
        CRITICAL
    }

    public enum Scope {
        ALL,
        NATION,
        PAIR
    }

    public enum Trigger {
        EVENT,
        THRESHOLD,
        CHANGE,
        FIRST_CONTACT
    }

    /** UP = warming (score rises through the threshold or by the change), DOWN = cooling. */
    public enum Direction {
        UP,
        DOWN,
        EITHER
    }

    public AlertRuleSpec {
        types = types == null ? Set.of() : Set.copyOf(types);
        subtypes = subtypes == null ? Set.of() : Set.copyOf(subtypes);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
    }

    /** Lower-case name of an enum constant, as the API and Alert v1 spell it. */
    public static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public boolean watches(NationPair watched) {
        return switch (scope) {
            case ALL -> true;
            case NATION -> watched.first().equals(nation) || watched.second().equals(nation);
            case PAIR -> watched.key().equals(pair);
        };
    }
}
