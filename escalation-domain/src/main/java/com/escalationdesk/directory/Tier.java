package com.escalationdesk.directory;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import com.escalationdesk.approval.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A support level, numbered from 1 (frontline) upwards; admins name them and add levels.
 * Functional escalations normally move a ticket to a higher tier. Tiers are compared by level.
 */
@Entity
@Table(name = "tier")
@NamedQuery(name = Tier.ALL, query = "select t from Tier t order by t.level")
@NamedQuery(name = Tier.BY_LEVEL, query = "select t from Tier t where t.level = :level")
public class Tier implements Serializable, Comparable<Tier> {

    private static final long serialVersionUID = 1L;
    public static final String ALL = "Tier.all";
    public static final String BY_LEVEL = "Tier.byLevel";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tier_seq")
    @SequenceGenerator(name = "tier_seq", sequenceName = "tier_seq", allocationSize = 1)
    private Long id;

    @Column(name = "tier_level", nullable = false, unique = true)
    private int level;

    @Column(name = "name", nullable = false, length = 60)
    private String name;

    @Column(name = "description", length = 500)
    private String description;

    /** What handling a ticket at this tier costs; the metrics price escalations with it. */
    @Column(name = "handling_cost", precision = 12, scale = 2)
    private BigDecimal handlingCost;

    @Column(name = "cost_currency", length = 3)
    private String costCurrency;

    @Version
    @Column(name = "version")
    private long version;

    protected Tier() {
        // for JPA
    }

    public Tier(int level, String name, String description) {
        if (level < 1) {
            throw new RuleViolation("Tiers are numbered from 1.");
        }
        this.level = level;
        rename(name, description);
    }

    public void rename(String newName, String newDescription) {
        this.name = RuleViolation.requireText(newName, "The tier's name", 60);
        this.description = newDescription == null || newDescription.isBlank() ? null
                : RuleViolation.requireText(newDescription, "The tier's description", 500);
    }

    public int level() {
        return level;
    }

    /** The cost of handling a ticket at this tier; null when none is set. */
    public Money handlingCost() {
        return handlingCost == null ? null : new Money(handlingCost, costCurrency);
    }

    public void setHandlingCost(Money cost) {
        RuleViolation.require(cost, "The cost of a handled ticket");
        this.handlingCost = cost.amount();
        this.costCurrency = cost.currency();
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    /** "Tier 2 · Specialists". */
    public String label() {
        return "Tier " + level + " · " + name;
    }

    public Long getId() {
        return id;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("level", level);
        s.put("name", name);
        s.put("description", description);
        if (handlingCost != null) {
            s.put("handlingCost", handlingCost.toPlainString() + " " + costCurrency);
        }
        return s;
    }

    @Override
    public int compareTo(Tier other) {
        return Integer.compare(level, other.level);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tier other && other.level == level;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(level);
    }

    @Override
    public String toString() {
        return label();
    }
}
