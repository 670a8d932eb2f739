package com.escalationdesk.approval;

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

/** A kind of decision that may need authority: a refund, a goodwill credit, a contract exception, ... */
@Entity
@Table(name = "decision_kind")
@NamedQuery(name = DecisionKind.ACTIVE, query = "select k from DecisionKind k where k.active = true order by k.label")
@NamedQuery(name = DecisionKind.BY_CODE, query = "select k from DecisionKind k where k.code = :code")
@NamedQuery(name = DecisionKind.ALL, query = "select k from DecisionKind k order by k.label")
public class DecisionKind {

    public static final String ACTIVE = "DecisionKind.active";
    public static final String BY_CODE = "DecisionKind.byCode";
    public static final String ALL = "DecisionKind.all";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_kind_seq")
    @SequenceGenerator(name = "decision_kind_seq", sequenceName = "decision_kind_seq", allocationSize = 1)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "label", nullable = false, length = 100)
    private String label;

    /** Whether requests of this kind carry an amount that authority limits are checked against. */
    @Column(name = "monetary", nullable = false)
    private boolean monetary;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version")
    private long version;

    protected DecisionKind() {
        // for JPA
    }

    public DecisionKind(String code, String label, boolean monetary) {
        this.code = RuleViolation.requireText(code, "Code", 40).toUpperCase().replace(' ', '_');
        this.label = RuleViolation.requireText(label, "Label", 100);
        this.monetary = monetary;
    }

    /** No new requests of this kind; past ones keep it. */
    public void retire() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isMonetary() {
        return monetary;
    }

    public boolean isActive() {
        return active;
    }

    public boolean sameAs(DecisionKind other) {
        return other != null && code.equals(other.code);
    }
}
