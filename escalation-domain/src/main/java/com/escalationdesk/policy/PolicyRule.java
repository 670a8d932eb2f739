package com.escalationdesk.policy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One rule of a policy version: criteria, all of which must hold (an empty criterion matches
 * everything), and the actions taken when it is the first rule of its stage to match. A rule
 * belongs to its version and changes only while that version is a draft.
 */
@Entity
@Table(name = "policy_rule")
public class PolicyRule {

    private static final int MAX_MINUTES_TO_ACCEPT = 7 * 24 * 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_rule_seq")
    @SequenceGenerator(name = "policy_rule_seq", sequenceName = "policy_rule_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_id", nullable = false)
    private PolicyVersion policy;

    @Column(name = "rule_position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private PolicyStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 20)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", length = 20)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "segment", length = 20)
    private CustomerSegment segment;

    @Column(name = "tier_level")
    private Integer tierLevel;

    @Column(name = "keywords", length = 500)
    private String keywords;

    @Column(name = "decision_kind", length = 40)
    private String decisionKind;

    @Column(name = "min_amount", precision = 12, scale = 2)
    private BigDecimal minAmount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "min_reopen_count")
    private Integer minReopenCount;

    @Column(name = "min_hours_open")
    private Integer minHoursOpen;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_reason", length = 30)
    private EscalationReason escalationReason;

    /** Lazy, as is the person notified: every rule of the policy is read to find the one that matches. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "route_to_team_id")
    private Team routeTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level", length = 20)
    private AuthorityLevel approvalLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "set_priority", length = 20)
    private Priority setPriority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notify_agent_id")
    private Agent notify;

    @Column(name = "accept_within_minutes")
    private Integer acceptWithinMinutes;

    protected PolicyRule() {
        // for JPA
    }

    PolicyRule(PolicyVersion policy, int position, PolicyRuleInput in, Team routeTo, Agent notify) {
        this.policy = policy;
        this.position = position;
        this.name = RuleViolation.requireText(in.name(), "The rule's name", 100);
        this.stage = RuleViolation.require(in.stage(), "The stage the rule applies at");
        this.category = in.category();
        this.priority = in.priority();
        this.segment = in.segment();
        this.tierLevel = in.tierLevel();
        this.keywords = normalizedKeywords(in.keywords());
        this.decisionKind = in.decisionKind() == null || in.decisionKind().isBlank() ? null
                : in.decisionKind().strip().toUpperCase(Locale.ROOT);
        this.minAmount = in.minAmount();
        this.currency = in.currency() == null || in.currency().isBlank() ? null
                : in.currency().strip().toUpperCase(Locale.ROOT);
        this.minReopenCount = in.minReopenCount();
        this.minHoursOpen = in.minHoursOpen();
        this.escalationReason = in.escalationReason();
        this.routeTo = routeTo;
        this.approvalLevel = in.approvalLevel();
        this.setPriority = in.setPriority();
        this.notify = notify;
        this.acceptWithinMinutes = in.acceptWithinMinutes();
        validate();
    }

    /** A copy for a new draft, at the same position. */
    PolicyRule copyFor(PolicyVersion draft) {
        PolicyRule copy = new PolicyRule();
        copy.policy = draft;
        copy.position = position;
        copy.name = name;
        copy.stage = stage;
        copy.category = category;
        copy.priority = priority;
        copy.segment = segment;
        copy.tierLevel = tierLevel;
        copy.keywords = keywords;
        copy.decisionKind = decisionKind;
        copy.minAmount = minAmount;
        copy.currency = currency;
        copy.minReopenCount = minReopenCount;
        copy.minHoursOpen = minHoursOpen;
        copy.escalationReason = escalationReason;
        copy.routeTo = routeTo;
        copy.approvalLevel = approvalLevel;
        copy.setPriority = setPriority;
        copy.notify = notify;
        copy.acceptWithinMinutes = acceptWithinMinutes;
        return copy;
    }

    private void validate() {
        boolean decisionStage = stage == PolicyStage.DECISION;
        if (!decisionStage && (decisionKind != null || minAmount != null)) {
            throw new RuleViolation("The kind of decision and the amount are criteria of rules for decision requests only.");
        }
        if (stage != PolicyStage.ESCALATION && escalationReason != null) {
            throw new RuleViolation("The escalation reason is a criterion of rules for escalations only.");
        }
        if (minAmount != null) {
            if (minAmount.signum() < 0 || minAmount.stripTrailingZeros().scale() > 2) {
                throw new RuleViolation("The amount must be zero or more, with at most two decimals.");
            }
            if (currency == null || currency.length() != 3) {
                throw new RuleViolation("Give the amount's currency (e.g. EUR).");
            }
            minAmount = minAmount.setScale(2, RoundingMode.UNNECESSARY);
        } else {
            currency = null;
        }
        if (tierLevel != null && tierLevel < 1) {
            throw new RuleViolation("Tiers are numbered from 1.");
        }
        if (minReopenCount != null && minReopenCount < 1) {
            throw new RuleViolation("“Reopened at least” must be 1 or more.");
        }
        if (minHoursOpen != null && minHoursOpen < 1) {
            throw new RuleViolation("“Open for at least” must be 1 hour or more.");
        }
        switch (stage) {
            case INTAKE -> refuse(approvalLevel != null || acceptWithinMinutes != null,
                    "A rule at intake routes, sets the priority or notifies; approval levels and times to accept belong to other stages.");
            case ESCALATION -> refuse(approvalLevel != null || setPriority != null,
                    "A rule for escalations proposes the team, sets the time to accept or notifies.");
            case DECISION -> refuse(routeTo != null || setPriority != null || acceptWithinMinutes != null,
                    "A rule for decision requests requires an approval level or notifies.");
        }
        if (routeTo == null && approvalLevel == null && setPriority == null && notify == null && acceptWithinMinutes == null) {
            throw new RuleViolation("Give the rule an action: " + stage.actions() + ".");
        }
        if (approvalLevel != null && !approvalLevel.approves()) {
            throw new RuleViolation(approvalLevel.label() + " does not approve; require a team lead, manager or director.");
        }
        if (acceptWithinMinutes != null && (acceptWithinMinutes < 1 || acceptWithinMinutes > MAX_MINUTES_TO_ACCEPT)) {
            throw new RuleViolation("The time to accept must be between 1 minute and 7 days.");
        }
        if (notify != null && !notify.isActive()) {
            throw new RuleViolation(notify.getDisplayName() + " is no longer active; notify someone else.");
        }
    }

    private static void refuse(boolean wrong, String message) {
        if (wrong) {
            throw new RuleViolation(message);
        }
    }

    private static String normalizedKeywords(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String joined = String.join(", ", words(raw));
        return RuleViolation.requireText(joined, "The words", 500);
    }

    private static List<String> words(String raw) {
        return Arrays.stream(raw.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether every criterion holds; an escalation rule never proposes the team that already has the ticket. */
    public boolean matches(PolicyFacts facts) {
        return (category == null || category == facts.category())
                && (priority == null || priority == facts.priority())
                && (segment == null || segment == facts.segment())
                && (tierLevel == null || (facts.tier() != null && facts.tier().level() == tierLevel))
                && (keywords == null || containsAnyWord(facts.text()))
                && (decisionKind == null || decisionKind.equals(facts.decisionKind()))
                && (minAmount == null || (facts.amount() != null && currency.equals(facts.amount().currency())
                        && facts.amount().amount().compareTo(minAmount) >= 0))
                && (minReopenCount == null || facts.reopenCount() >= minReopenCount)
                && (minHoursOpen == null || facts.timeOpen().compareTo(Duration.ofHours(minHoursOpen)) >= 0)
                && (escalationReason == null || escalationReason == facts.reason())
                && !(stage == PolicyStage.ESCALATION && routeTo != null && routeTo.sameAs(facts.team()));
    }

    private boolean containsAnyWord(String text) {
        String haystack = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return words(keywords).stream().anyMatch(w -> haystack.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** The criteria in words, e.g. "Billing · Enterprise · words: refund, chargeback", a decision kind by its code. */
    public String criteriaText() {
        return criteriaText(code -> code);
    }

    /** The criteria in words, a decision kind by the label {@code decisionKindLabel} gives its code. */
    public String criteriaText(java.util.function.UnaryOperator<String> decisionKindLabel) {
        List<String> parts = new ArrayList<>();
        if (category != null) {
            parts.add("category " + category.label());
        }
        if (priority != null) {
            parts.add("priority " + priority.label());
        }
        if (segment != null) {
            parts.add(segment.label() + " customer");
        }
        if (tierLevel != null) {
            parts.add("at Tier " + tierLevel);
        }
        if (keywords != null) {
            parts.add("words: " + keywords);
        }
        if (decisionKind != null) {
            parts.add("decision: " + decisionKindLabel.apply(decisionKind));
        }
        if (minAmount != null) {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.UK);
            format.setMinimumFractionDigits(2);
            parts.add("amount ≥ " + format.format(minAmount) + " " + currency);
        }
        if (minReopenCount != null) {
            parts.add("reopened ≥ " + minReopenCount);
        }
        if (minHoursOpen != null) {
            parts.add("open ≥ " + minHoursOpen + " h");
        }
        if (escalationReason != null) {
            parts.add("reason " + escalationReason.label());
        }
        return parts.isEmpty() ? "every ticket" : String.join(" · ", parts);
    }

    /** The actions in words, e.g. "route to Billing specialists · accept within 60 min". */
    public String actionText() {
        List<String> parts = new ArrayList<>();
        if (routeTo != null) {
            parts.add((stage == PolicyStage.ESCALATION ? "propose " : "route to ") + routeTo.getName());
        }
        if (setPriority != null) {
            parts.add("set priority " + setPriority.label());
        }
        if (approvalLevel != null) {
            parts.add("approval by " + approvalLevel.label().toLowerCase(Locale.ROOT) + " at least");
        }
        if (acceptWithinMinutes != null) {
            parts.add("accept within " + acceptWithinMinutes + " min");
        }
        if (notify != null) {
            parts.add("notify " + notify.getDisplayName());
        }
        return String.join(" · ", parts);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("position", position + 1);
        state.put("name", name);
        state.put("stage", stage);
        state.put("criteria", criteriaText());
        state.put("actions", actionText());
        return state;
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public PolicyVersion getPolicy() {
        return policy;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public PolicyStage getStage() {
        return stage;
    }

    public Team getRouteTo() {
        return routeTo;
    }

    public AuthorityLevel getApprovalLevel() {
        return approvalLevel;
    }

    public Priority getSetPriority() {
        return setPriority;
    }

    public Agent getNotify() {
        return notify;
    }

    public Integer getAcceptWithinMinutes() {
        return acceptWithinMinutes;
    }
}
