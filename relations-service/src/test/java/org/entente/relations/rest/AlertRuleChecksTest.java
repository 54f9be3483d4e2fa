package org.entente.relations.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.entente.problem.ProblemException;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.Nations;
import org.junit.jupiter.api.Test;

/** Rule requests become specs, or problems that say what to change. */
class AlertRuleChecksTest {

    private final AlertRuleChecks checks = new AlertRuleChecks(Nations.load(), Duration.ofMinutes(30),
            new org.entente.netpolicy.OutboundAddressPolicy(false, false, java.net.InetAddress::getAllByName,
                    "entente.relations.alerts.webhook"));

    @Test
    void aDefensePactRuleForOneNationIsNormalised() {
        AlertRuleChecks.Checked c = checks.check(request("sau", null, "event", List.of("agree"),
                List.of("defense_pact"), null, null, null, null, null));
        AlertRuleSpec spec = c.spec();
        assertThat(spec.scope()).isEqualTo(AlertRuleSpec.Scope.NATION);
        assertThat(spec.nation()).isEqualTo("SAU");
        assertThat(spec.types()).containsExactly("AGREE");
        assertThat(spec.suppressSeconds()).isEqualTo(1800);
        assertThat(spec.severity()).isEqualTo(AlertRuleSpec.Severity.MEDIUM);
        assertThat(c.enabled()).isTrue();
    }

    @Test
    void aPairIsSortedWhateverTheOrderAndSeparator() {
        assertThat(checks.check(request(null, "SAU,IRN", "first_contact", null, null, null, null, null, null, null))
                .spec().pair()).isEqualTo("IRN|SAU");
        assertThat(checks.check(request(null, "SAU|IRN", "first_contact", null, null, null, null, null, null, null))
                .spec().scope()).isEqualTo(AlertRuleSpec.Scope.PAIR);
    }

    @Test
    void aChangeRuleNeedsAWindowAndAnAmount() {
        AlertRuleSpec spec = checks.check(request(null, null, "change", null, null, null, 15.0, "P7D", "down", null))
                .spec();
        assertThat(spec.windowSeconds()).isEqualTo(Duration.ofDays(7).toSeconds());
        assertThat(spec.direction()).isEqualTo(AlertRuleSpec.Direction.DOWN);
        assertProblem(request(null, null, "change", null, null, null, 15.0, null, null, null), "window must be");
        assertProblem(request(null, null, "change", null, null, null, null, "P1D", null, null), "change is missing");
    }

    @Test
    void badRequestsSayWhatToChange() {
        assertProblem(request("XYZ", null, "event", null, null, null, null, null, null, null),
                "unknown nation code 'XYZ' in nation; use ISO 3166-1 alpha-3, e.g. SAU");
        assertProblem(request("SAU", "IRN|SAU", "event", null, null, null, null, null, null, null),
                "give nation or pair, not both");
        assertProblem(request(null, null, "sometimes", null, null, null, null, null, null, null),
                "unknown trigger 'sometimes'; use one of event, threshold, change, first_contact");
        assertProblem(request(null, null, "event", List.of("HUG"), null, null, null, null, null, null),
                "unknown value 'HUG' in types");
        assertProblem(request(null, null, "threshold", null, null, 150.0, null, null, null, null),
                "threshold is out of range");
        assertProblem(request(null, null, "event", null, null, 20.0, null, null, null, null),
                "threshold does not apply");
        assertProblem(request(null, null, "event", null, null, null, null, null, null, "soon"),
                "malformed suppress 'soon'");
        assertProblem(request(null, "SAU|SAU", "event", null, null, null, null, null, null, null), "twice");
    }

    @Test
    void aWebhookNeedsAnAbsoluteUrlAndALongSecret() {
        AlertRuleRequest base = request(null, null, "event", null, null, null, null, null, null, null);
        assertProblem(withWebhook(base, "ftp://x", "0123456789abcdef"), "not an absolute http(s) URL");
        assertProblem(withWebhook(base, "https://hooks.example.org/x", "short"), "at least 16 characters");
        AlertRuleChecks.Checked c = checks.check(withWebhook(base, "https://hooks.example.org/x", "0123456789abcdef"));
        assertThat(c.spec().webhookUrl()).isEqualTo("https://hooks.example.org/x");
        assertThat(c.webhookSecret()).isEqualTo("0123456789abcdef");
    }

    @Test
    void scopeAndSuppressSecondsAreAcceptedWhenConsistent() {
        AlertRuleRequest r = new AlertRuleRequest("n", null, "high", "pair", null, "FJI|TON", "event", null, null,
                null, null, null, null, null, null, 0L, null);
        assertThat(checks.check(r).spec().suppressSeconds()).isZero();
        assertProblem(new AlertRuleRequest("n", null, null, "nation", null, "FJI|TON", "event", null, null, null,
                null, null, null, null, null, null, null), "does not match the rule");
    }

    private void assertProblem(AlertRuleRequest request, String title) {
        assertThatThrownBy(() -> checks.check(request)).isInstanceOf(ProblemException.class)
                .hasMessageContaining(title);
    }

    private static AlertRuleRequest request(String nation, String pair, String trigger, List<String> types,
            List<String> subtypes, Double threshold, Double change, String window, String direction, String suppress) {
        return new AlertRuleRequest("rule", null, null, null, nation, pair, trigger, types, subtypes, null, threshold,
                change, window, direction, suppress, null, null);
    }

    private static AlertRuleRequest withWebhook(AlertRuleRequest r, String url, String secret) {
        return new AlertRuleRequest(r.name(), r.enabled(), r.severity(), r.scope(), r.nation(), r.pair(), r.trigger(),
                r.types(), r.subtypes(), r.modalities(), r.threshold(), r.change(), r.window(), r.direction(),
                r.suppress(), r.suppressSeconds(), new AlertRuleRequest.Webhook(url, secret));
    }
}
