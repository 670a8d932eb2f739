package com.escalationdesk.directory;

import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.sla.BusinessCalendar;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumSet;
import java.util.Set;

/**
 * A person who logs in: an agent of a team (and so of a tier), a manager, or an admin. The login
 * name is the security principal name.
 */
@Entity
@Table(name = "agent")
@NamedQuery(name = Agent.BY_LOGIN, query = "select a from Agent a where a.loginName = :loginName")
// the caller of an operation, with the team, tier, categories and roles most operations check: one statement, not
// four (JPQL cannot fetch past a fetched relation, so EclipseLink's hints name the paths)
@NamedQuery(name = Agent.CALLER, query = "select a from Agent a where a.loginName = :loginName", hints = {
        @QueryHint(name = "eclipselink.left-join-fetch", value = "a.team.tier"),
        @QueryHint(name = "eclipselink.left-join-fetch", value = "a.team.categories"),
        @QueryHint(name = "eclipselink.left-join-fetch", value = "a.roles")})
@NamedQuery(name = Agent.ALL, query = "select a from Agent a where a.loginName <> '" + Agent.SYSTEM_LOGIN + "'"
        + " and a.loginName <> '" + Agent.PORTAL_LOGIN + "' and a.loginName <> '" + Agent.MAIL_LOGIN + "' order by a.displayName")
@NamedQuery(name = Agent.IN_TEAM, query = "select a from Agent a where a.team = :team and a.active = true and a.integration = false"
        + " order by a.displayName")
public class Agent {

    public static final String BY_LOGIN = "Agent.byLogin";
    public static final String CALLER = "Agent.caller";
    public static final String ALL = "Agent.all";
    public static final String IN_TEAM = "Agent.inTeam";
    /** The system's own name for what it does by itself (migration V10): it never signs in and is no user. */
    public static final String SYSTEM_LOGIN = "sla-monitor";
    /**
     * The identity under which customers act on their status page (migration V12): it writes their
     * messages and requests their escalations; like the SLA monitor it never signs in.
     */
    public static final String PORTAL_LOGIN = "customer-portal";
    /** The identity under which a customer's email opens or answers a ticket (migration V40); it never signs in. */
    public static final String MAIL_LOGIN = "email-channel";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agent_seq")
    @SequenceGenerator(name = "agent_seq", sequenceName = "agent_seq", allocationSize = 1)
    private Long id;

    @Column(name = "login_name", nullable = false, unique = true, length = 60)
    private String loginName;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    // Lazy: every boundary call loads the caller, and most never look past their name and roles.
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    /** Lazy: a call runs with the roles its sign-in gave it; the record's are read when a rule asks. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agent_role", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** For team leads, managers and directors: their place in the approval chain. */
    @Enumerated(EnumType.STRING)
    @Column(name = "approval_level", length = 20)
    private AuthorityLevel approvalLevel;

    /** Whom the person reports to: the manager told about their escalations and breaches. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "manager_id")
    private Agent manager;

    /**
     * The events this person does not want emailed; everything else is, so nothing is missed by default.
     * Lazy: asked only when a notification may go out by email, while every request reads its caller.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "agent_email_muted", joinColumns = @JoinColumn(name = "agent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30)
    private Set<NotificationKind> emailMuted = EnumSet.noneOf(NotificationKind.class);

    /** When this person works: reminders that are not urgent wait for it. None: the SLA's own calendar decides. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "working_calendar_id")
    private BusinessCalendar workingHours;

    /** The knowledge-reviewer right as an admin set it; none: held from Tier 2 up. */
    @Column(name = "knowledge_reviewer")
    private Boolean knowledgeReviewer;

    /** Another system that works through the API with a token: no password, never told by email, never assigned. */
    @Column(name = "integration", nullable = false)
    private boolean integration;

    @Version
    @Column(name = "version")
    private long version;

    protected Agent() {
        // for JPA
    }

    /** The password hash of an account that cannot sign in with a password: it matches no password. */
    public static final String NO_PASSWORD = "!";

    /**
     * An integration account: another system (a web shop, a chat tool) that files and works tickets
     * through the API as an agent of a team, with a token an admin issues to it. It has no password
     * and cannot sign in on the pages; it is not told of its team's work by email, and nobody
     * assigns it tickets.
     */
    public static Agent integration(String loginName, String displayName, Team team) {
        Agent account = new Agent(loginName, displayName, loginName + "@integration.invalid", NO_PASSWORD,
                RuleViolation.require(team, "The team whose tickets it works"), Set.of(Role.AGENT));
        account.integration = true;
        return account;
    }

    public boolean isIntegration() {
        return integration;
    }

    public Agent(String loginName, String displayName, String email, String passwordHash, Team team, Set<Role> roles) {
        this.loginName = RuleViolation.requireText(loginName, "Login name", 60);
        this.displayName = RuleViolation.requireText(displayName, "Display name", 120);
        this.email = RuleViolation.requireText(email, "Email", 254);
        this.passwordHash = RuleViolation.requireText(passwordHash, "Password hash", 200);
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("A user needs at least one role.");
        }
        if (roles.contains(Role.AGENT) && team == null) {
            throw new RuleViolation("An agent must belong to a team.");
        }
        this.team = team;
        this.roles = EnumSet.copyOf(roles);
    }

    /**
     * An admin changes who the person is: name, email, team, roles, approval level (none: not an
     * approver) and manager. The same rules hold as for a new user.
     */
    public void change(String newDisplayName, String newEmail, Team newTeam, Set<Role> newRoles,
            AuthorityLevel newApprovalLevel, Agent newManager) {
        String name = RuleViolation.requireText(newDisplayName, "Display name", 120);
        String mail = RuleViolation.requireText(newEmail, "Email", 254);
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolation("A user needs at least one role.");
        }
        if (newRoles.contains(Role.AGENT) && newTeam == null) {
            throw new RuleViolation("An agent must belong to a team.");
        }
        if (integration && (!newRoles.equals(Set.of(Role.AGENT)) || newApprovalLevel != null || newManager != null)) {
            throw new RuleViolation(loginName + " is an integration account: an agent of a team, with no other role,"
                    + " approval level or manager.");
        }
        if (newApprovalLevel != null && (!newApprovalLevel.approves() || !newRoles.contains(Role.MANAGER))) {
            throw new RuleViolation(newApprovalLevel.approves()
                    ? "Only managers approve; give the user the MANAGER role first."
                    : "An approval level is team lead, manager or director.");
        }
        if (newManager != null) {
            if (newManager == this || sameAs(newManager)) {
                throw new RuleViolation("Nobody is their own manager.");
            }
            if (!newManager.hasRole(Role.MANAGER)) {
                throw new RuleViolation(newManager.getDisplayName() + " is not a manager.");
            }
        }
        this.displayName = name;
        this.email = mail;
        this.team = newTeam;
        this.roles = EnumSet.copyOf(newRoles);
        this.approvalLevel = newApprovalLevel;
        this.manager = newManager;
    }

    /** The person chooses which events email them and the hours they work (none: the SLA's calendar). */
    public void chooseNotifications(Set<NotificationKind> emailed, BusinessCalendar hours) {
        EnumSet<NotificationKind> muted = EnumSet.allOf(NotificationKind.class);
        if (emailed != null) {
            muted.removeAll(emailed);
        }
        this.emailMuted = muted;
        this.workingHours = hours;
    }

    public boolean wantsEmailAbout(NotificationKind kind) {
        return !emailMuted.contains(kind);
    }

    public Set<NotificationKind> emailedKinds() {
        EnumSet<NotificationKind> emailed = EnumSet.allOf(NotificationKind.class);
        emailed.removeAll(emailMuted);
        return emailed;
    }

    public BusinessCalendar getWorkingHours() {
        return workingHours;
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public Agent getManager() {
        return manager;
    }

    /** Makes this user an approver at the given level (team lead, manager or director). */
    public Agent approvingAt(AuthorityLevel level) {
        if (level == null || !level.approves()) {
            throw new RuleViolation("An approval level is team lead, manager or director.");
        }
        if (!roles.contains(Role.MANAGER)) {
            throw new RuleViolation("Only managers approve; give the user the MANAGER role first.");
        }
        this.approvalLevel = level;
        return this;
    }

    /** What this person may decide alone: their approval level, or else their tier's. */
    public AuthorityLevel getAuthorityLevel() {
        if (approvalLevel != null) {
            return approvalLevel;
        }
        return team == null ? null : AuthorityLevel.ofTier(team.getTier());
    }

    public AuthorityLevel getApprovalLevel() {
        return approvalLevel;
    }

    public Long getId() {
        return id;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Team getTeam() {
        return team;
    }

    /** The tier the agent works at: the tier of their team, or none for users outside any team. */
    public Tier getTier() {
        return team == null ? null : team.getTier();
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    /**
     * Whether this person validates and archives knowledge articles (KCS): as an admin decided, or
     * else every agent from Tier 2 up, who have seen the cases the articles come from.
     */
    public boolean reviewsKnowledge() {
        if (knowledgeReviewer != null) {
            return knowledgeReviewer;
        }
        return roles.contains(Role.AGENT) && team != null && team.getTier().level() >= 2;
    }

    /** The admin's choice: true or false, or null to follow the tier. */
    public Boolean getKnowledgeReviewer() {
        return knowledgeReviewer;
    }

    public void decideKnowledgeReviewer(Boolean choice) {
        this.knowledgeReviewer = choice;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMemberOf(Team other) {
        return team != null && team.sameAs(other);
    }

    public boolean sameAs(Agent other) {
        return other != null && id != null && id.equals(other.id);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
