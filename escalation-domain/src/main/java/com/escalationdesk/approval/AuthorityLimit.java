package com.escalationdesk.approval;

import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * What one authority level may decide alone for one kind of decision: up to an amount in a
 * currency, or (for kinds without an amount) at all. No row means no authority.
 */
@Entity
@Table(name = "authority_limit")
@NamedQuery(name = AuthorityLimit.FOR_KIND, query = "select l from AuthorityLimit l where l.kind = :kind")
@NamedQuery(name = AuthorityLimit.ALL, query = "select l from AuthorityLimit l order by l.kind.label, l.level")
@NamedQuery(name = AuthorityLimit.OF, query = "select l from AuthorityLimit l where l.kind = :kind and l.level = :level")
public class AuthorityLimit {

    public static final String FOR_KIND = "AuthorityLimit.forKind";
    public static final String ALL = "AuthorityLimit.all";
    public static final String OF = "AuthorityLimit.of";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_limit_seq")
    @SequenceGenerator(name = "authority_limit_seq", sequenceName = "authority_limit_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level", nullable = false, length = 20)
    private AuthorityLevel level;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind_id", nullable = false)
    private DecisionKind kind;

    @Column(name = "max_amount", precision = 12, scale = 2)
    private BigDecimal maxAmount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Version
    @Column(name = "version")
    private long version;

    protected AuthorityLimit() {
        // for JPA
    }

    public AuthorityLimit(AuthorityLevel level, DecisionKind kind, Money max) {
        this.level = RuleViolation.require(level, "Level");
        this.kind = RuleViolation.require(kind, "Kind of decision");
        change(max);
    }

    /** A new maximum; for kinds without an amount the limit only says "may decide" and takes none. */
    public void change(Money max) {
        if (kind.isMonetary() && max == null) {
            throw new RuleViolation("A " + kind.getLabel().toLowerCase() + " limit needs an amount.");
        }
        this.maxAmount = kind.isMonetary() ? max.amount() : null;
        this.currency = kind.isMonetary() ? max.currency() : null;
    }

    /** Whether this limit lets its level decide the request alone. */
    public boolean covers(DecisionKind requestKind, Money amount) {
        if (!kind.sameAs(requestKind)) {
            return false;
        }
        if (!kind.isMonetary()) {
            return true;
        }
        return amount != null && maxAmount != null && amount.currency().equals(currency)
                && amount.amount().compareTo(maxAmount) <= 0;
    }

    public Long getId() {
        return id;
    }

    public AuthorityLevel getLevel() {
        return level;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public Money getMax() {
        return maxAmount == null ? null : new Money(maxAmount, currency);
    }
}
