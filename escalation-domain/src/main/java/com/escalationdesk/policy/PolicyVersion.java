package com.escalationdesk.policy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Team;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the escalation policy: ordered rules, each answering at one stage. Exactly one
 * version is active; an admin edits a draft copied from it, tries it with a dry run and publishes
 * it, which retires the one before. Published versions never change, so every escalation can say
 * which version and rule decided it.
 */
@Entity
@Table(name = "policy_version")
@NamedQuery(name = PolicyVersion.IN_STATE, query = "select p from PolicyVersion p where p.state = :state order by p.number desc")
// the version in force with its rules in order, in one statement: every ticket taken in asks it
@NamedQuery(name = PolicyVersion.IN_FORCE, query = "select p from PolicyVersion p left join fetch p.rules r where p.state ="
        + " com.escalationdesk.policy.PolicyState.ACTIVE order by p.number desc, r.position")
@NamedQuery(name = PolicyVersion.ALL, query = "select p from PolicyVersion p order by p.number desc")
@NamedQuery(name = PolicyVersion.LATEST_NUMBER, query = "select max(p.number) from PolicyVersion p")
public class PolicyVersion {

    public static final String IN_STATE = "PolicyVersion.inState";
    public static final String ALL = "PolicyVersion.all";
    public static final String IN_FORCE = "PolicyVersion.inForce";
    public static final String LATEST_NUMBER = "PolicyVersion.latestNumber";
    public static final int DEFAULT_ACCEPT_MINUTES = 240;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_version_seq")
    @SequenceGenerator(name = "policy_version_seq", sequenceName = "policy_version_seq", allocationSize = 1)
    private Long id;

    @Column(name = "version_number", nullable = false, unique = true)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PolicyState state;

    @Column(name = "note", length = 500)
    private String note;

    /** How long a receiving team has to accept an escalation when no rule says otherwise. */
    @Column(name = "default_accept_minutes", nullable = false)
    private int defaultAcceptMinutes;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by", length = 60)
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "policy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PolicyRule> rules = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected PolicyVersion() {
        // for JPA
    }

    private PolicyVersion(int number, String note, int defaultAcceptMinutes, String author, Instant now) {
        this.number = number;
        this.state = PolicyState.DRAFT;
        this.note = note == null || note.isBlank() ? null : RuleViolation.requireText(note, "The note", 500);
        this.defaultAcceptMinutes = defaultAcceptMinutes;
        this.createdBy = author;
        this.createdAt = now;
    }

    /** A new draft holding a copy of the base version's rules (or none, for the first version). */
    public static PolicyVersion draftFrom(PolicyVersion base, int number, String note, String author, Instant now) {
        PolicyVersion draft = new PolicyVersion(number, note,
                base == null ? DEFAULT_ACCEPT_MINUTES : base.defaultAcceptMinutes, author, now);
        if (base != null) {
            base.rules.forEach(r -> draft.rules.add(r.copyFor(draft)));
        }
        return draft;
    }

    public PolicyRule addRule(PolicyRuleInput input, Team routeTo, Agent notify) {
        requireDraft();
        RuleViolation.require(input, "The rule");
        PolicyRule rule = new PolicyRule(this, rules.size(), input, routeTo, notify);
        rules.add(rule);
        return rule;
    }

    public PolicyRule removeRule(long ruleId) {
        requireDraft();
        PolicyRule rule = rule(ruleId);
        rules.remove(rule);
        renumber();
        return rule;
    }

    /** Moves a rule one place up (earlier, so it is tried first) or down. */
    public PolicyRule moveRule(long ruleId, boolean up) {
        requireDraft();
        PolicyRule rule = rule(ruleId);
        int from = rules.indexOf(rule);
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= rules.size()) {
            throw new RuleViolation("“" + rule.getName() + "” is already the " + (up ? "first" : "last") + " rule.");
        }
        Collections.swap(rules, from, to);
        renumber();
        return rule;
    }

    public void changeDefaultAcceptMinutes(int minutes) {
        requireDraft();
        if (minutes < 1 || minutes > 7 * 24 * 60) {
            throw new RuleViolation("The default time to accept must be between 1 minute and 7 days.");
        }
        defaultAcceptMinutes = minutes;
    }

    public void publish(String author, Instant now) {
        requireDraft();
        state = PolicyState.ACTIVE;
        publishedBy = author;
        publishedAt = now;
    }

    public void retire() {
        if (state != PolicyState.ACTIVE) {
            throw new RuleViolation("Only the active policy can be retired.");
        }
        state = PolicyState.RETIRED;
    }

    /** The first rule of the stage whose criteria hold, in the order the admin set. */
    public PolicyVerdict verdict(PolicyStage stage, PolicyFacts facts) {
        return new PolicyVerdict(number, rules.stream().filter(r -> r.getStage() == stage && r.matches(facts))
                .findFirst().orElse(null), defaultAcceptMinutes);
    }

    public void requireDraft() {
        if (state != PolicyState.DRAFT) {
            throw new RuleViolation("Policy v" + number + " is " + state.label().toLowerCase()
                    + " and cannot change; start a draft to edit the policy.");
        }
    }

    private PolicyRule rule(long ruleId) {
        return rules.stream().filter(r -> r.getId() != null && r.getId() == ruleId).findFirst()
                .orElseThrow(() -> new NotFound("Policy v" + number + " has no such rule."));
    }

    private void renumber() {
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).moveTo(i);
        }
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("version", number);
        s.put("state", state);
        s.put("defaultAcceptMinutes", defaultAcceptMinutes);
        s.put("rules", rules.size());
        return s;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public PolicyState getState() {
        return state;
    }

    public String getNote() {
        return note;
    }

    public int getDefaultAcceptMinutes() {
        return defaultAcceptMinutes;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<PolicyRule> getRules() {
        return Collections.unmodifiableList(rules);
    }
}
