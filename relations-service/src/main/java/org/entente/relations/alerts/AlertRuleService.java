package org.entente.relations.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.AlertRule;
import org.entente.relations.domain.AlertRuleSpec;

/** Creates, changes and deletes alert rules; each change takes effect on the next applied event. */
@ApplicationScoped
@Transactional
public class AlertRuleService {

    private final AlertRuleBook book;

    public AlertRuleService(AlertRuleBook book) {
        this.book = book;
    }

    public AlertRule create(String name, boolean enabled, AlertRuleSpec spec, String webhookSecret) {
        AlertRule rule = new AlertRule();
        rule.id = UUID.randomUUID();
        rule.createdAt = Instant.now();
        fill(rule, name, enabled, spec, webhookSecret);
        rule.persist();
        book.invalidate();
        return rule;
    }

    /** @return empty when there is no such rule. */
    public Optional<AlertRule> replace(UUID id, String name, boolean enabled, AlertRuleSpec spec, String secret) {
        Optional<AlertRule> found = AlertRule.findByIdOptional(id);
        found.ifPresent(rule -> fill(rule, name, enabled, spec, secret));
        book.invalidate();
        return found;
    }

    /** Deletes the rule; its alerts stay, as the record of what was raised. */
    public boolean delete(UUID id) {
        boolean deleted = AlertRule.deleteById(id);
        book.invalidate();
        return deleted;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AlertRule> find(UUID id) {
        return AlertRule.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AlertRule> all() {
        return AlertRule.list("order by createdAt, id");
    }

    public AlertRuleSpec spec(AlertRule rule) {
        return book.read(rule.definition);
    }

    private void fill(AlertRule rule, String name, boolean enabled, AlertRuleSpec spec, String secret) {
        rule.name = name;
        rule.enabled = enabled;
        rule.definition = book.write(spec);
        rule.webhookSecret = spec.webhookUrl() == null ? null : secret;
        rule.updatedAt = Instant.now();
    }
}
