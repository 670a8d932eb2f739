package com.escalationdesk.directory;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.approval.Money;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.signin.SignInFailures;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The admin's directory: teams (tier, description, categories owned) and people (team, roles,
 * approval level, manager, active). Every change is on the configuration audit chain. Admins
 * configure; they never approve, and the last active admin cannot be removed.
 */
@Stateless
@Boundary
@RolesAllowed(Role.ADMIN_NAME)
public class DirectoryAdmin {

    static final int MIN_PASSWORD = 10;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    public List<TeamRow> teams() {
        return em.createNamedQuery(Team.ALL, Team.class).getResultStream()
                .map(t -> new TeamRow(t.getId(), t.getName(), TierView.of(t.getTier()), t.getDescription(), t.getCategories(),
                        em.createQuery("select count(a) from Agent a where a.team = :team and a.active = true", Long.class)
                                .setParameter("team", t).getSingleResult()))
                .toList();
    }

    public List<TierView> tiers() {
        return em.createNamedQuery(Tier.ALL, Tier.class).getResultStream().map(TierView::of).toList();
    }

    /** A new tier above the highest one; teams can then be placed on it. */
    public int addTier(String name, String description) {
        Agent admin = callers.current();
        Integer highest = em.createQuery("select max(t.level) from Tier t", Integer.class).getSingleResult();
        Tier tier = new Tier(highest == null ? 1 : highest + 1, name, description);
        em.persist(tier);
        StaleCheck.flush(em, "the tiers");
        record(admin, AuditAction.TIER_ADDED, tier.label() + " added", null, tier.auditState());
        return tier.level();
    }

    public void renameTier(int level, String name, String description) {
        Agent admin = callers.current();
        Tier tier = tier(level);
        Map<String, Object> before = tier.auditState();
        tier.rename(name, description);
        StaleCheck.flush(em, "the tiers");
        record(admin, AuditAction.TIER_RENAMED, "Tier " + level + " is now called " + tier.name(), before,
                tier.auditState());
    }

    /** Renames a tier and, with an amount, sets its cost per handled ticket: both or neither. */
    public void editTier(int level, String name, String description, BigDecimal cost, String currency) {
        renameTier(level, name, description);
        if (cost != null) {
            setTierCost(level, cost, currency);
        }
    }

    /**
     * What handling a ticket at a tier costs, which prices escalations on the dashboard. All tiers
     * are priced in one currency, so that their costs add up.
     */
    public void setTierCost(int level, BigDecimal amount, String currency) {
        Agent admin = callers.current();
        Tier tier = tier(level);
        Money cost = new Money(amount, currency);
        em.createNamedQuery(Tier.ALL, Tier.class).getResultStream()
                .filter(t -> t.level() != level && t.handlingCost() != null && !t.handlingCost().currency().equals(cost.currency()))
                .findFirst().ifPresent(other -> {
                    throw new RuleViolation("The tiers' costs are in " + other.handlingCost().currency() + "; give this one in "
                            + other.handlingCost().currency() + " too, so that they add up.");
                });
        Map<String, Object> before = tier.auditState();
        tier.setHandlingCost(cost);
        StaleCheck.flush(em, "the tiers");
        record(admin, AuditAction.TIER_COST_SET, "A ticket handled at " + tier.label() + " costs " + cost.amount().toPlainString()
                + " " + cost.currency(), before, tier.auditState());
    }

    public List<UserRow> users() {
        Instant now = clock.instant();
        Map<String, Instant> locks = em.createQuery("select f from SignInFailures f where f.lockedUntil > :now",
                SignInFailures.class).setParameter("now", now).getResultStream()
                .collect(Collectors.toMap(SignInFailures::getKey, SignInFailures::getLockedUntil));
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultStream()
                .map(a -> UserRow.of(a, locks.get(SignInFailures.loginKey(a.getLoginName())))).toList();
    }

    /**
     * Lifts the lock (and the growing delays) that failed sign-ins put on a login name, e.g. once the
     * user has confirmed it was them mistyping.
     */
    public void unlockSignIn(String loginName) {
        Agent admin = callers.current();
        Agent user = user(loginName);
        SignInFailures failures = em.find(SignInFailures.class, SignInFailures.loginKey(user.getLoginName()),
                LockModeType.PESSIMISTIC_WRITE);
        if (failures == null || failures.getFailures() == 0) {
            throw new RuleViolation("Sign-in for " + user.getLoginName() + " is not locked or delayed.");
        }
        int count = failures.getFailures();
        failures.clear();
        record(admin, AuditAction.SIGN_IN_UNLOCKED, "Sign-in unlocked for " + user.getLoginName() + " after " + count
                + " failed " + (count == 1 ? "try" : "tries"), null, null);
    }

    public long createTeam(TeamInput input) {
        Agent admin = callers.current();
        RuleViolation.require(input, "The team");
        String name = RuleViolation.requireText(input.name(), "Team name", 100);
        if (!em.createNamedQuery(Team.BY_NAME, Team.class).setParameter("name", name).getResultList().isEmpty()) {
            throw new RuleViolation("There is already a team called " + name + ".");
        }
        Tier tier = tier(input.tierLevel());
        Team team = new Team(name, tier, input.description());
        team.change(tier, input.description(), input.categories());
        em.persist(team);
        StaleCheck.flush(em, "the teams");
        record(admin, AuditAction.TEAM_CREATED, "Team " + name + " created at " + team.getTier().label(), null, state(team));
        return team.getId();
    }

    public void updateTeam(long teamId, TeamInput input) {
        Agent admin = callers.current();
        RuleViolation.require(input, "The team");
        Team team = em.find(Team.class, teamId);
        if (team == null) {
            throw new NotFound("That team no longer exists.");
        }
        Map<String, Object> before = state(team);
        team.change(tier(input.tierLevel()), input.description(), input.categories());
        StaleCheck.flush(em, "team " + team.getName());
        record(admin, AuditAction.TEAM_CHANGED, "Team " + team.getName() + " changed", before, state(team));
    }

    /**
     * A new integration account: another system that works the team's tickets through the API with a
     * token the admin then issues to it. It has no password, so it cannot sign in on the pages.
     */
    public void createIntegration(String loginName, String displayName, Long teamId) {
        Agent admin = callers.current();
        String login = newLogin(loginName);
        Agent account = Agent.integration(login, displayName, team(RuleViolation.require(teamId, "The team whose tickets it works")));
        em.persist(account);
        StaleCheck.flush(em, "the users");
        record(admin, AuditAction.USER_CREATED, "Integration account " + login + " (" + account.getDisplayName() + ") created for "
                + account.getTeam().getName(), null, state(account));
    }

    /** A new user with a first password the admin hands over; the hash is all that is kept. */
    public void createUser(UserInput input, char[] initialPassword) {
        Agent admin = callers.current();
        RuleViolation.require(input, "The user");
        String login = newLogin(input.loginName());
        if (initialPassword == null || initialPassword.length < MIN_PASSWORD) {
            throw new RuleViolation("The first password needs at least " + MIN_PASSWORD + " characters.");
        }
        Team team = team(input.teamId());
        Agent user = new Agent(login, input.displayName(), input.email(), PasswordHash.of(initialPassword), team,
                RuleViolation.require(input.roles(), "Roles"));
        Arrays.fill(initialPassword, '\0');
        user.change(input.displayName(), input.email(), team, input.roles(), input.approvalLevel(),
                manager(input.managerLogin()));
        user.decideKnowledgeReviewer(input.knowledgeReviewer());
        em.persist(user);
        StaleCheck.flush(em, "the users");
        record(admin, AuditAction.USER_CREATED, "User " + login + " (" + user.getDisplayName() + ") created", null,
                state(user));
    }

    public void updateUser(String loginName, UserInput input) {
        Agent admin = callers.current();
        RuleViolation.require(input, "The user");
        Agent user = user(loginName);
        Map<String, Object> before = state(user);
        Set<Role> roles = RuleViolation.require(input.roles(), "Roles");
        if (user.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin(user);
        }
        user.change(input.displayName(), input.email(), team(input.teamId()), roles, input.approvalLevel(),
                manager(input.managerLogin()));
        user.decideKnowledgeReviewer(input.knowledgeReviewer());
        StaleCheck.flush(em, "user " + user.getLoginName());
        record(admin, AuditAction.USER_CHANGED, "User " + user.getLoginName() + " changed", before, state(user));
    }

    /** A deactivated user can no longer sign in and is offered nowhere; their history stays. */
    public void setActive(String loginName, boolean active) {
        Agent admin = callers.current();
        Agent user = user(loginName);
        if (!active && user.sameAs(admin)) {
            throw new RuleViolation("You cannot deactivate yourself.");
        }
        if (!active && user.hasRole(Role.ADMIN)) {
            requireAnotherActiveAdmin(user);
        }
        Map<String, Object> before = state(user);
        if (active) {
            user.reactivate();
        } else {
            user.deactivate();
        }
        StaleCheck.flush(em, "user " + user.getLoginName());
        record(admin, active ? AuditAction.USER_REACTIVATED : AuditAction.USER_DEACTIVATED,
                "User " + user.getLoginName() + (active ? " reactivated" : " deactivated"), before, state(user));
    }

    private void requireAnotherActiveAdmin(Agent leaving) {
        boolean another = em.createNamedQuery(Agent.ALL, Agent.class).getResultStream()
                .anyMatch(a -> a.isActive() && a.hasRole(Role.ADMIN) && !a.sameAs(leaving));
        if (!another) {
            throw new RuleViolation("At least one active admin must remain.");
        }
    }

    private Tier tier(Integer level) {
        if (level == null) {
            throw new RuleViolation("Choose the tier.");
        }
        return em.createNamedQuery(Tier.BY_LEVEL, Tier.class).setParameter("level", level).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("There is no tier " + level + "."));
    }

    /** A login name no one has yet, in its stored form. */
    private String newLogin(String loginName) {
        String login = RuleViolation.requireText(loginName, "Login name", 60).toLowerCase(java.util.Locale.ROOT);
        if (!login.matches("[a-z0-9._-]+")) {
            throw new RuleViolation("A login name has only letters, digits, dots, dashes and underscores.");
        }
        if (!em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", login).getResultList().isEmpty()) {
            throw new RuleViolation("The login " + login + " is taken.");
        }
        return login;
    }

    private Team team(Long teamId) {
        if (teamId == null) {
            return null;
        }
        Team team = em.find(Team.class, teamId);
        if (team == null) {
            throw new NotFound("That team no longer exists.");
        }
        return team;
    }

    private Agent manager(String login) {
        return login == null || login.isBlank() ? null : user(login);
    }

    private Agent user(String login) {
        return em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", login == null ? "" : login.strip())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("There is no user " + login + "."));
    }

    private static Map<String, Object> state(Team t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", t.getName());
        s.put("tier", t.getTier().level());
        s.put("description", t.getDescription());
        s.put("categories", new TreeSet<>(t.getCategories().stream().map(Enum::name).toList()).toString());
        return s;
    }

    private static Map<String, Object> state(Agent a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("login", a.getLoginName());
        s.put("name", a.getDisplayName());
        s.put("email", a.getEmail());
        s.put("team", a.getTeam() == null ? null : a.getTeam().getName());
        s.put("roles", new TreeSet<>(a.getRoles().stream().map(Enum::name).toList()).toString());
        s.put("approvalLevel", a.getApprovalLevel());
        s.put("knowledgeReviewer", a.getKnowledgeReviewer() == null ? "by tier" : a.getKnowledgeReviewer());
        s.put("manager", a.getManager() == null ? null : a.getManager().getLoginName());
        s.put("active", a.isActive());
        if (a.isIntegration()) {
            s.put("integration", true);
        }
        return s;
    }

    private void record(Agent admin, AuditAction action, String summary, Map<String, Object> before,
            Map<String, Object> after) {
        audit.record(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), action, summary, before, after);
    }
}
