package org.entente.relations.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored alert rule. The definition is {@link AlertRuleSpec} as JSON, so new triggers need no migration. */
@Entity
@Table(name = "alert_rule")
public class AlertRule extends PanacheEntityBase {

    @Id
    public UUID id;
    public String name;
    public boolean enabled;
    /** {@link AlertRuleSpec} as JSON. */
    public String definition;
    /** HMAC-SHA256 key for the rule's webhook; never returned by the API. */
    @Column(name = "webhook_secret")
    public String webhookSecret;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
