package org.entente.relations.rest;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.entente.netpolicy.OutboundAddressPolicy;
import org.entente.netpolicy.RefusedAddressException;
import org.entente.netpolicy.UrlRedactor;
import org.entente.problem.ProblemException;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.AlertRuleSpec.Direction;
import org.entente.relations.domain.AlertRuleSpec.Scope;
import org.entente.relations.domain.AlertRuleSpec.Severity;
import org.entente.relations.domain.AlertRuleSpec.Trigger;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.Modality;
import org.entente.relations.domain.NationPair;
import org.entente.relations.domain.Nations;
import org.entente.relations.domain.Subtypes;

/** Turns a rule request into a valid {@link AlertRuleSpec}, or a problem that says what to change. */
public final class AlertRuleChecks {

    /** A checked request: what to store. */
    public record Checked(String name, boolean enabled, AlertRuleSpec spec, String webhookSecret) {
    }

    private static final Duration MAX_WINDOW = Duration.ofDays(365);
    private static final Duration MAX_SUPPRESS = Duration.ofDays(30);

    private final Nations nations;
    private final Duration defaultSuppress;
    private final OutboundAddressPolicy webhookAddresses;

    public AlertRuleChecks(Nations nations, Duration defaultSuppress, OutboundAddressPolicy webhookAddresses) {
        this.nations = nations;
        this.defaultSuppress = defaultSuppress;
        this.webhookAddresses = webhookAddresses;
    }

    public Checked check(AlertRuleRequest r) {
        if (r == null) {
            throw ProblemException.badRequest("missing body; send a rule as JSON, e.g. {\"name\": \"Saudi pacts\", "
                    + "\"nation\": \"SAU\", \"trigger\": \"event\", \"subtypes\": [\"defense_pact\"]}");
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            throw ProblemException.badRequest("name is missing or longer than 200 characters; give the rule a short name");
        }
        if (r.nation() != null && r.pair() != null) {
            throw ProblemException.badRequest("give nation or pair, not both; leave both out to watch every pair");
        }
        Trigger trigger = enumValue(r.trigger(), "trigger", Trigger.class, null);
        if (trigger == null) {
            throw ProblemException.badRequest("missing trigger; use one of event, threshold, change, first_contact");
        }
        Severity severity = enumValue(r.severity(), "severity", Severity.class, Severity.MEDIUM);
        String nation = r.nation() == null ? null : nation(r.nation(), "nation");
        String pair = r.pair() == null ? null : pair(r.pair());
        Scope scope = nation != null ? Scope.NATION : pair != null ? Scope.PAIR : Scope.ALL;
        Scope declared = enumValue(r.scope(), "scope", Scope.class, scope);
        if (declared != scope) {
            throw ProblemException.badRequest("scope=" + r.scope() + " does not match the rule: give nation for scope=nation, "
                    + "pair for scope=pair, neither for scope=all");
        }
        boolean isEvent = trigger == Trigger.EVENT;
        Set<String> types = names(r.types(), "types", isEvent, t -> EventType.parse(t) != null, true);
        Set<String> subtypes = names(r.subtypes(), "subtypes", isEvent, Subtypes::isKnown, false);
        Set<String> modalities = names(r.modalities(), "modalities", isEvent, m -> Modality.parse(m) != null, false);
        Double threshold = onlyFor(r.threshold(), "threshold", trigger == Trigger.THRESHOLD, -100, 100);
        Double change = onlyFor(r.change(), "change", trigger == Trigger.CHANGE, 0.1, 200);
        Long window = null;
        if (trigger == Trigger.CHANGE) {
            Duration d = duration(r.window(), "window", null);
            if (d == null || d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(MAX_WINDOW) > 0) {
                throw ProblemException.badRequest("window must be an ISO-8601 duration from PT1M to P365D, e.g. P7D");
            }
            window = d.toSeconds();
        } else if (r.window() != null) {
            throw ProblemException.badRequest("window only applies to trigger=change; remove it");
        }
        boolean directed = trigger == Trigger.THRESHOLD || trigger == Trigger.CHANGE;
        if (!directed && r.direction() != null) {
            throw ProblemException.badRequest("direction only applies to trigger=threshold or change; remove it");
        }
        Direction direction = directed ? enumValue(r.direction(), "direction", Direction.class, Direction.EITHER) : null;
        if (r.suppress() != null && r.suppressSeconds() != null) {
            throw ProblemException.badRequest("give suppress or suppressSeconds, not both");
        }
        Duration suppress = r.suppressSeconds() != null ? Duration.ofSeconds(r.suppressSeconds())
                : duration(r.suppress(), "suppress", defaultSuppress);
        if (suppress.isNegative() || suppress.compareTo(MAX_SUPPRESS) > 0) {
            throw ProblemException.badRequest("suppress must be from PT0S (never suppress) to P30D, e.g. PT30M");
        }
        String webhookUrl = null;
        String secret = null;
        if (r.webhook() != null) {
            webhookUrl = webhookUrl(r.webhook().url());
            secret = r.webhook().secret();
            if (secret == null || secret.length() < 16) {
                throw ProblemException.badRequest("webhook.secret must have at least 16 characters; it keys the "
                        + "X-Entente-Signature HMAC-SHA256 header your endpoint checks");
            }
        }
        AlertRuleSpec spec = new AlertRuleSpec(severity, scope, nation, pair, trigger, types, subtypes, modalities,
                threshold, change, window, direction, suppress.toSeconds(), webhookUrl);
        return new Checked(r.name().strip(), r.enabled() == null || r.enabled(), spec, secret);
    }

    private String nation(String code, String field) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!nations.isKnown(upper)) {
            throw ProblemException.badRequest("unknown nation code '" + code + "' in " + field
                    + "; use ISO 3166-1 alpha-3, e.g. SAU");
        }
        return upper;
    }

    private String pair(String value) {
        String[] codes = value.strip().split("[|,\\-]");
        if (codes.length != 2) {
            throw ProblemException.badRequest("malformed pair '" + value + "'; give two ISO alpha-3 codes, e.g. IRN|SAU");
        }
        String a = nation(codes[0], "pair");
        String b = nation(codes[1], "pair");
        if (a.equals(b)) {
            throw ProblemException.badRequest("pair names " + a + " twice; a pair needs two different nations");
        }
        return NationPair.of(a, b).key();
    }

    private static <E extends Enum<E>> E enumValue(String value, String field, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(AlertRuleSpec::wire).toList();
            throw ProblemException
                    .badRequest("unknown " + field + " '" + value + "'; use one of " + String.join(", ", allowed));
        }
    }

    private static Set<String> names(List<String> values, String field, boolean allowed, Predicate<String> known,
            boolean upper) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        if (!allowed) {
            throw ProblemException.badRequest(field + " only apply to trigger=event; remove them");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : values) {
            String name = value == null ? ""
                    : upper ? value.strip().toUpperCase(Locale.ROOT)
                            : value.strip().toLowerCase(Locale.ROOT);
            if (!known.test(name)) {
                throw ProblemException.badRequest("unknown value '" + value + "' in " + field + "; see Event v1 in "
                        + "docs/contracts.md for the allowed " + field);
            }
            names.add(name);
        }
        return names;
    }

    private static Double onlyFor(Double value, String field, boolean required, double min, double max) {
        if (!required) {
            if (value != null) {
                throw ProblemException.badRequest(field + " does not apply to this trigger; remove it");
            }
            return null;
        }
        if (value == null || value.isNaN() || value < min || value > max) {
            throw ProblemException.badRequest(field + " is " + (value == null ? "missing" : "out of range (" + value + ")")
                    + "; give a number from " + min + " to " + max);
        }
        return value;
    }

    private static Duration duration(String value, String field, Duration fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("malformed " + field + " '" + value + "'; use an ISO-8601 duration, "
                    + "e.g. PT30M or P7D");
        }
    }

    /** An absolute http(s) URL whose host is not internal (SSRF), checked again before every delivery. */
    private String webhookUrl(String url) {
        URI uri = null;
        try {
            uri = url == null ? null : URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            // the problem below
        }
        if (uri == null || uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw ProblemException.badRequest("webhook.url '" + UrlRedactor.redact(url) + "' is not an absolute http(s) URL; "
                    + "e.g. https://hooks.example.org/entente");
        }
        try {
            webhookAddresses.checkIfResolvable(uri);
        } catch (RefusedAddressException e) {
            throw ProblemException.badRequest("webhook.url '" + UrlRedactor.redact(url) + "' is refused: " + e.getMessage());
        }
        return uri.toString();
    }
}
