package com.escalationdesk.policy.web;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DecisionKindOption;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.directory.TierView;
import com.escalationdesk.directory.UserProfile;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.policy.DryRunReport;
import com.escalationdesk.policy.EscalationPolicies;
import com.escalationdesk.policy.RoutingFeedbackView;
import com.escalationdesk.policy.PolicyRuleInput;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyState;
import com.escalationdesk.policy.PolicyVersionView;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The admin's escalation policy: the active version, the draft being edited with its dry run, and
 * the history of versions.
 */
@Named
@ViewScoped
public class PolicyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/policy?faces-redirect=true";

    @Inject
    private EscalationPolicies policies;

    @Inject
    private Directory directory;

    @Inject
    private Approvals approvals;

    private List<PolicyVersionView> versions = List.of();
    private List<TeamOption> teams = List.of();
    private List<UserProfile> people = List.of();
    private List<DecisionKindOption> kinds = List.of();
    private List<TierView> tiers = List.of();
    private DryRunReport report;
    private List<RoutingFeedbackView> feedback = List.of();
    private final java.util.Map<Long, String> answers = new java.util.HashMap<>();

    private String draftNote;
    private Integer defaultAcceptMinutes;
    private int dryRunTickets = 100;

    private String name;
    private PolicyStage stage;
    private Category category;
    private Priority priority;
    private CustomerSegment segment;
    private Integer tierLevel;
    private String keywords;
    private String decisionKind;
    private BigDecimal minAmount;
    private String currency = "EUR";
    private Integer minReopenCount;
    private Integer minHoursOpen;
    private EscalationReason escalationReason;
    private Long routeToTeamId;
    private AuthorityLevel approvalLevel;
    private Priority setPriority;
    private String notifyLogin;
    private Integer acceptWithinMinutes;

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            versions = policies.versions();
            teams = directory.teams();
            people = directory.users().stream().filter(u -> !u.roles().isEmpty()).toList();
            kinds = approvals.kinds();
            tiers = directory.tiers();
            feedback = policies.routingFeedback();
        });
        PolicyVersionView draft = getDraft();
        defaultAcceptMinutes = draft == null ? null : draft.defaultAcceptMinutes();
    }

    public PolicyVersionView getActive() {
        return inState(PolicyState.ACTIVE);
    }

    public PolicyVersionView getDraft() {
        return inState(PolicyState.DRAFT);
    }

    private PolicyVersionView inState(PolicyState state) {
        return versions.stream().filter(v -> v.state() == state).findFirst().orElse(null);
    }

    public String startDraft() {
        return done(() -> policies.startDraft(draftNote), "Draft started from the active policy.");
    }

    public String addRule() {
        return done(() -> policies.addRule(new PolicyRuleInput(name, stage, category, priority, segment, tierLevel, keywords,
                decisionKind, minAmount, currency, minReopenCount, minHoursOpen, routeToTeamId, approvalLevel,
                setPriority, notifyLogin, acceptWithinMinutes, escalationReason)), "Rule added to the draft.");
    }

    public String removeRule(long ruleId) {
        return done(() -> policies.removeRule(ruleId), "Rule removed from the draft.");
    }

    public String moveRule(long ruleId, boolean up) {
        return done(() -> policies.moveRule(ruleId, up), "Rule moved.");
    }

    public String changeDefaultAcceptMinutes() {
        if (defaultAcceptMinutes == null) {
            FacesActions.error("Give the default time to accept, in minutes.");
            return null;
        }
        return done(() -> policies.changeDefaultAcceptMinutes(defaultAcceptMinutes), "Default time to accept changed.");
    }

    /** Answers an agent's feedback on routing; with {@code openDraft}, also starts a draft to fix the rule. */
    public String answerFeedback(long id, boolean openDraft) {
        return done(() -> policies.answerRoutingFeedback(id, answers.get(id), openDraft),
                openDraft ? "Feedback answered; a draft of the policy is open below." : "Feedback answered.");
    }

    public List<RoutingFeedbackView> getFeedback() {
        return feedback;
    }

    public java.util.Map<Long, String> getAnswers() {
        return answers;
    }

    public String publish() {
        return done(() -> policies.publish(), "Draft published: it is now the active policy.");
    }

    public String discard() {
        return done(() -> policies.discardDraft(), "Draft discarded.");
    }

    /** Stays on the page so the comparison shows beside the draft. */
    public void dryRun() {
        FacesActions.attempt(() -> report = policies.dryRun(dryRunTickets));
    }

    private static String done(Runnable action, String confirmation) {
        return FacesActions.attemptThen(action, confirmation, PAGE);
    }

    public List<PolicyStage> getStages() {
        return Arrays.asList(PolicyStage.values());
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public CustomerSegment[] getSegments() {
        return CustomerSegment.values();
    }

    public EscalationReason[] getEscalationReasons() {
        return EscalationReason.values();
    }

    public EscalationReason getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(EscalationReason escalationReason) {
        this.escalationReason = escalationReason;
    }

    public List<TierView> getTiers() {
        return tiers;
    }

    public List<AuthorityLevel> getApprovalLevels() {
        return Arrays.stream(AuthorityLevel.values()).filter(AuthorityLevel::approves).toList();
    }

    public List<PolicyVersionView> getVersions() {
        return versions;
    }

    public List<TeamOption> getTeams() {
        return teams;
    }

    public List<UserProfile> getPeople() {
        return people;
    }

    public List<DecisionKindOption> getKinds() {
        return kinds;
    }

    public DryRunReport getReport() {
        return report;
    }

    public String getDraftNote() {
        return draftNote;
    }

    public void setDraftNote(String draftNote) {
        this.draftNote = draftNote;
    }

    public Integer getDefaultAcceptMinutes() {
        return defaultAcceptMinutes;
    }

    public void setDefaultAcceptMinutes(Integer defaultAcceptMinutes) {
        this.defaultAcceptMinutes = defaultAcceptMinutes;
    }

    public int getDryRunTickets() {
        return dryRunTickets;
    }

    public void setDryRunTickets(int dryRunTickets) {
        this.dryRunTickets = dryRunTickets;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PolicyStage getStage() {
        return stage;
    }

    public void setStage(PolicyStage stage) {
        this.stage = stage;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public void setSegment(CustomerSegment segment) {
        this.segment = segment;
    }

    public Integer getTierLevel() {
        return tierLevel;
    }

    public void setTierLevel(Integer tierLevel) {
        this.tierLevel = tierLevel;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(String decisionKind) {
        this.decisionKind = decisionKind;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Integer getMinReopenCount() {
        return minReopenCount;
    }

    public void setMinReopenCount(Integer minReopenCount) {
        this.minReopenCount = minReopenCount;
    }

    public Integer getMinHoursOpen() {
        return minHoursOpen;
    }

    public void setMinHoursOpen(Integer minHoursOpen) {
        this.minHoursOpen = minHoursOpen;
    }

    public Long getRouteToTeamId() {
        return routeToTeamId;
    }

    public void setRouteToTeamId(Long routeToTeamId) {
        this.routeToTeamId = routeToTeamId;
    }

    public AuthorityLevel getApprovalLevel() {
        return approvalLevel;
    }

    public void setApprovalLevel(AuthorityLevel approvalLevel) {
        this.approvalLevel = approvalLevel;
    }

    public Priority getSetPriority() {
        return setPriority;
    }

    public void setSetPriority(Priority setPriority) {
        this.setPriority = setPriority;
    }

    public String getNotifyLogin() {
        return notifyLogin;
    }

    public void setNotifyLogin(String notifyLogin) {
        this.notifyLogin = notifyLogin;
    }

    public Integer getAcceptWithinMinutes() {
        return acceptWithinMinutes;
    }

    public void setAcceptWithinMinutes(Integer acceptWithinMinutes) {
        this.acceptWithinMinutes = acceptWithinMinutes;
    }
}
