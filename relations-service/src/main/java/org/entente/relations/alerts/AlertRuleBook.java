package org.entente.relations.alerts;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.entente.relations.config.AlertConfig;
import org.entente.relations.domain.AlertRule;
import org.entente.relations.domain.AlertRuleSpec;
import org.entente.relations.domain.RuleSnapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The enabled rules, cached: every applied event is checked against them, so they are read from the
 * database only after a change here or every {@code rule-refresh} (changes made on another instance).
 */
@ApplicationScoped
public class AlertRuleBook {

    private final ObjectMapper mapper;
    private final AlertConfig config;

    public AlertRuleBook(ObjectMapper mapper, AlertConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    private volatile List<RuleSnapshot> rules;
    private volatile long loadedAtNanos;

    @Transactional
    public List<RuleSnapshot> enabled() {
        List<RuleSnapshot> current = rules;
        if (current == null || System.nanoTime() - loadedAtNanos > config.ruleRefresh().toNanos()) {
            List<AlertRule> stored = AlertRule.list("enabled = true order by createdAt");
            current = stored.stream().map(this::snapshot).toList();
            rules = current;
            loadedAtNanos = System.nanoTime();
        }
        return current;
    }

    /** Forget the cache; the next event reads the rules again. */
    public void invalidate() {
        rules = null;
    }

    public RuleSnapshot snapshot(AlertRule rule) {
        return new RuleSnapshot(rule.id, rule.name, read(rule.definition));
    }

    public AlertRuleSpec read(String definition) {
        try {
            return mapper.readValue(definition, AlertRuleSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored alert rule definition is unreadable: " + e.getMessage(), e);
        }
    }

    public String write(AlertRuleSpec spec) {
        try {
            return mapper.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert rule definition cannot be written: " + e.getMessage(), e);
        }
    }
}
