package com.escalationdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.AuthorityLimits;
import com.escalationdesk.approval.DelegationView;
import com.escalationdesk.approval.NewDecisionRequest;
import com.escalationdesk.audit.AuditReports;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.CustomerAdmin;
import com.escalationdesk.directory.CustomerRow;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.DirectoryAdmin;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.TeamInput;
import com.escalationdesk.directory.UserInput;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.exacerbation.Exacerbations;
import com.escalationdesk.finder.TicketFinder;
import com.escalationdesk.finder.TicketSearch;
import com.escalationdesk.metrics.DashboardCut;
import com.escalationdesk.metrics.EarlyWarnings;
import com.escalationdesk.metrics.DrillDown;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.exacerbation.ReviewOutcome;
import com.escalationdesk.exacerbation.RootCause;
import com.escalationdesk.knowledge.ArticleContent;
import com.escalationdesk.knowledge.ArticleFlag;
import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.Audience;
import com.escalationdesk.knowledge.Coaching;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.knowledge.KnowledgeQuery;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.attachment.Attachments;
import com.escalationdesk.attachment.NewFile;
import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.customer.StatusLinkSigner;
import com.escalationdesk.integration.ApiTokens;
import com.escalationdesk.integration.IntakeRequest;
import com.escalationdesk.integration.TicketIntake;
import com.escalationdesk.integration.WebhookEvent;
import com.escalationdesk.integration.Webhooks;
import com.escalationdesk.signin.SignIns;
import com.escalationdesk.customer.CustomerEmailRow;
import com.escalationdesk.customer.CustomerEmails;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.NotificationSettings;
import com.escalationdesk.sla.CalendarInput;
import com.escalationdesk.sla.ServiceLevelAdmin;
import com.escalationdesk.sla.SlaPolicyInput;
import com.escalationdesk.policy.EscalationPolicies;
import com.escalationdesk.policy.PolicyRuleInput;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyState;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.QueueQuery;
import com.escalationdesk.ticket.QueueScope;
import com.escalationdesk.ticket.TicketChange;
import com.escalationdesk.ticket.TicketUpdates;
import com.escalationdesk.ticket.Tickets;
import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every service operation, called by every kind of caller, allowed or refused as the README's
 * authorization table says. The ticket of each row belongs to Frontline support (Tier 1); its
 * escalations go to Billing specialists (Tier 2). Each cell gets a fresh subject, so an allowed
 * call never changes what the next caller meets. A public operation of a boundary without a row
 * here fails the test.
 */
class AuthorizationMatrixIT extends OnAFreshDemoDesk {

    /** The kinds of caller, each a demo user. */
    enum Caller {
        OWNING_TEAM_AGENT("alice"), OWNING_TEAM_LEAD("lena"), RECEIVING_TEAM_AGENT("bob"), OTHER_TEAM_AGENT("nina"),
        OTHER_TIER_AGENT("erik"), MANAGER("maria"), ADMIN("adam"), ANONYMOUS(null);

        final String login;

        Caller(String login) {
            this.login = login;
        }
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> AGENTS = EnumSet.of(Caller.OWNING_TEAM_AGENT, Caller.OWNING_TEAM_LEAD,
            Caller.RECEIVING_TEAM_AGENT, Caller.OTHER_TEAM_AGENT, Caller.OTHER_TIER_AGENT);
    private static final Set<Caller> OWNING_TEAM = EnumSet.of(Caller.OWNING_TEAM_AGENT, Caller.OWNING_TEAM_LEAD);
    /** The team lead (also an agent of the owning team) and the manager have the MANAGER role. */
    private static final Set<Caller> APPROVERS = EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER);
    private static final Set<Caller> TICKET_READERS = EnumSet.of(Caller.OWNING_TEAM_AGENT, Caller.OWNING_TEAM_LEAD,
            Caller.MANAGER, Caller.ADMIN);

    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    /**
     * Agents who may see a ticket routed away at intake: who took it in, the team it went to, and the
     * team lead (who, as a manager, sees every ticket).
     */
    private static final Set<Caller> INTAKE_ROUTED_READERS = EnumSet.of(Caller.OWNING_TEAM_AGENT, Caller.OWNING_TEAM_LEAD,
            Caller.OTHER_TEAM_AGENT);
    /** The knowledge reviewers: agents from Tier 2 up (bob, nina, erik); the team lead is at Tier 1. */
    private static final Set<Caller> KNOWLEDGE_REVIEWERS = EnumSet.of(Caller.RECEIVING_TEAM_AGENT, Caller.OTHER_TEAM_AGENT,
            Caller.OTHER_TIER_AGENT);


    /** One row: an operation, the callers it allows, how to set up its subject, and the call. */
    record Row(String operation, Set<Caller> allowed, Supplier<Object> fixture, Function<Object, Object> call) {
    }

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    TicketUpdates updates;

    @Inject
    com.escalationdesk.ticket.TicketPresence presence;

    @Inject
    com.escalationdesk.reply.CannedReplies cannedReplies;

    @Inject
    com.escalationdesk.ticket.QueueViews queueViews;

    @Inject
    com.escalationdesk.ticket.BulkTicketChanges bulkChanges;

    @Inject
    NotificationSettings notificationSettings;

    @Inject
    CustomerEmails customerEmails;

    @Inject
    Escalations escalations;

    @Inject
    Approvals approvals;

    @Inject
    Directory directory;

    @Inject
    AuditReports audit;

    @Inject
    AuthorityLimits limits;

    @Inject
    EscalationPolicies policies;

    @Inject
    Notifications notifications;

    @Inject
    SignIns signIns;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Webhooks webhooks;

    @Inject
    TicketIntake intake;

    @Inject
    CustomerStatus customerStatus;

    @Inject
    Attachments attachments;

    @Inject
    com.escalationdesk.mail.MailChannel mailChannel;

    @Inject
    StatusLinkSigner statusLinks;

    @Inject
    BeanManager beans;

    @Inject
    Knowledge knowledge;

    @Inject
    Exacerbations exacerbations;

    @Inject
    Metrics metrics;

    @Inject
    Coaching coaching;

    @Inject
    EarlyWarnings earlyWarnings;

    @Inject
    TicketFinder finder;

    @Inject
    DirectoryAdmin directoryAdmin;

    @Inject
    CustomerAdmin customerAdmin;

    @Inject
    ServiceLevelAdmin serviceLevels;

    private int users;

    private int kinds;

    private List<Row> matrix() {
        Function<Object, String> n = subject -> (String) subject;
        return List.of(
                row("Tickets.open", AGENTS, () -> null,
                        s -> tickets.open(new NewTicket(customer, "Intake", "d", Category.GENERAL, Priority.LOW))),
                row("Tickets.addNote", OWNING_TEAM, this::ticket, s -> run(() -> tickets.addNote(n.apply(s), "note", NoteVisibility.INTERNAL))),
                row("Tickets.addNoteTelling", OWNING_TEAM, this::ticket,
                        s -> run(() -> tickets.addNoteTelling(n.apply(s), "note for @tom", NoteVisibility.INTERNAL, List.of()))),
                row("Tickets.claim", OWNING_TEAM, this::queuedTicket, s -> run(() -> tickets.claim(n.apply(s)))),
                row("Tickets.changePriority", OWNING_TEAM, this::ticket,
                        s -> run(() -> tickets.changePriority(n.apply(s), Priority.URGENT))),
                row("Tickets.reassign", OWNING_TEAM, this::ticket, s -> run(() -> tickets.reassign(n.apply(s), "tom"))),
                row("Tickets.changeCategory", OWNING_TEAM, this::ticket,
                        s -> run(() -> tickets.changeCategory(n.apply(s), Category.ACCOUNT))),
                row("Tickets.notes", TICKET_READERS, this::ticket, s -> tickets.notes(n.apply(s))),
                row("TicketPresence.beat", TICKET_READERS, this::ticket, s -> presence.beat(n.apply(s), 0, false)),
                row("QueueViews.mine", AGENTS, () -> null, s -> queueViews.mine()),
                row("QueueViews.save", AGENTS, () -> null, s -> queueViews.save(new com.escalationdesk.ticket.QueueViewSpec(
                        "Matrix view", QueueScope.TEAM, null, null, "priority", true))),
                row("QueueViews.find", EnumSet.of(Caller.OWNING_TEAM_AGENT), this::alicesQueueView,
                        s -> queueViews.find((Long) s)),
                row("QueueViews.remove", EnumSet.of(Caller.OWNING_TEAM_AGENT), this::alicesQueueView,
                        s -> run(() -> queueViews.remove((Long) s))),
                // each ticked ticket is changed as the ticket page changes it: refused to whoever may not work it
                row("BulkTicketChanges.claim", OWNING_TEAM, this::queuedTicket, s -> allChanged(bulkChanges.claim(List.of(n.apply(s))))),
                row("BulkTicketChanges.reassign", OWNING_TEAM, this::ticket,
                        s -> allChanged(bulkChanges.reassign(List.of(n.apply(s)), "tom"))),
                row("BulkTicketChanges.changePriority", OWNING_TEAM, this::ticket,
                        s -> allChanged(bulkChanges.changePriority(List.of(n.apply(s)), Priority.URGENT))),
                row("BulkTicketChanges.teammates", AGENTS, () -> null, s -> bulkChanges.teammates()),
                row("CannedReplies.mine", AGENTS, () -> null, s -> cannedReplies.mine()),
                row("CannedReplies.mayShare", AGENTS, () -> null, s -> cannedReplies.mayShare()),
                row("CannedReplies.add", AGENTS, () -> null, s -> cannedReplies.add("Matrix reply", "Hello {{customer}}", false)),
                row("CannedReplies.filledFor", OWNING_TEAM, this::ticket, s -> cannedReplies.filledFor(n.apply(s))),
                row("CannedReplies.change", EnumSet.of(Caller.OWNING_TEAM_AGENT), this::alicesCannedReply,
                        s -> run(() -> cannedReplies.change((Long) s, "Matrix reply changed", "Hi"))),
                row("CannedReplies.remove", EnumSet.of(Caller.OWNING_TEAM_AGENT), this::alicesCannedReply,
                        s -> run(() -> cannedReplies.remove((Long) s))),
                // another system's changes, each only if the ticket is as it read it: the same people as on the screens
                row("TicketUpdates.apply", OWNING_TEAM, this::ticket,
                        s -> updates.apply(n.apply(s), null, new TicketChange.Fields(Priority.URGENT, null))),
                row("TicketUpdates.addNote", OWNING_TEAM, this::ticket,
                        s -> updates.addNote(n.apply(s), null, "note", NoteVisibility.PUBLIC)),
                row("Tickets.waitOnCustomer", OWNING_TEAM, this::ticket, s -> run(() -> tickets.waitOnCustomer(n.apply(s), "Which model?"))),
                row("Tickets.resume", OWNING_TEAM, this::waitingTicket, s -> run(() -> tickets.resume(n.apply(s)))),
                row("Tickets.resolve", OWNING_TEAM, this::ticket, s -> run(() -> tickets.resolve(n.apply(s), "done"))),
                row("Tickets.reopen", OWNING_TEAM, this::resolvedTicket, s -> run(() -> tickets.reopen(n.apply(s), "again"))),
                row("Tickets.close", OWNING_TEAM, this::resolvedTicket, s -> run(() -> tickets.close(n.apply(s)))),
                row("Tickets.link", OWNING_TEAM, this::twoTickets, s -> run(() -> tickets.link(pair(s)[0], pair(s)[1]))),
                row("Tickets.unlink", OWNING_TEAM, this::linkedTickets, s -> run(() -> tickets.unlink(pair(s)[0], pair(s)[1]))),
                row("Tickets.merge", OWNING_TEAM, this::twoTickets, s -> run(() -> tickets.merge(pair(s)[0], pair(s)[1]))),
                row("Tickets.myQueue", AGENTS, () -> null, s -> tickets.myQueue()),
                row("Tickets.queue", AGENTS, () -> null, s -> tickets.queue(new QueueQuery(QueueScope.TEAM, 0, 10, null, false, null))),
                row("Tickets.queueSize", AGENTS, () -> null, s -> tickets.queueSize(new QueueQuery(QueueScope.MINE, 0, 10, null, false, null))),
                row("Tickets.teamQueue", AGENTS, () -> null, s -> tickets.teamQueue()),
                row("Tickets.bounced", APPROVERS, () -> null, s -> tickets.bounced(false)),
                row("Tickets.details", TICKET_READERS, this::ticket, s -> tickets.details(n.apply(s))),
                row("Tickets.snapshot", TICKET_READERS, this::ticket, s -> tickets.snapshot(n.apply(s))),
                row("Escalations.view", EnumSet.of(Caller.OWNING_TEAM_AGENT, Caller.OWNING_TEAM_LEAD, Caller.RECEIVING_TEAM_AGENT,
                        Caller.MANAGER, Caller.ADMIN), this::escalation, s -> escalations.view((Long) s)),
                row("Approvals.view", TICKET_READERS, () -> decision("300"), s -> approvals.view((Long) s)),
                row("Directory.customerByEmail", EnumSet.complementOf(EnumSet.of(Caller.ADMIN, Caller.ANONYMOUS)), () -> null,
                        s -> directory.customerByEmail("jane.doe@example.com")),
                row("TicketIntake.create", AGENTS, () -> null, s -> intake.create(new IntakeRequest("jane.doe@example.com", null,
                        "Filed by another system", "d", Category.GENERAL, Priority.LOW), null, "x")),
                row("TicketIntake.attempt", AGENTS, () -> null, s -> intake.attempt(new IntakeRequest("jane.doe@example.com", null,
                        "Filed by another system", "d", Category.GENERAL, Priority.LOW), null, "x")),
                row("TicketIntake.settled", AGENTS, () -> null, s -> intake.settled("matrix-key")),
                row("Escalations.escalate", OWNING_TEAM, this::ticket, s -> escalations.escalate(toBilling(n.apply(s)))),
                row("Escalations.accept", EnumSet.of(Caller.RECEIVING_TEAM_AGENT), this::escalation,
                        s -> run(() -> escalations.accept((Long) s))),
                row("Escalations.returnToSender", EnumSet.of(Caller.RECEIVING_TEAM_AGENT), this::escalation,
                        s -> run(() -> escalations.returnToSender((Long) s, "no"))),
                row("Escalations.withdraw", OWNING_TEAM, this::escalation, s -> run(() -> escalations.withdraw((Long) s))),
                row("Escalations.pending", APPROVERS, () -> null, s -> escalations.pending(false)),
                row("Approvals.kinds", SIGNED_IN, () -> null, s -> approvals.kinds()),
                row("Approvals.request", OWNING_TEAM, this::ticket, s -> approvals.request(refund(n.apply(s), "300"))),
                row("Approvals.inbox", APPROVERS, () -> null, s -> approvals.inbox()),
                // a team-lead step: the team lead and the manager are within their authority
                row("Approvals.approve", APPROVERS, () -> decision("300"), s -> run(() -> approvals.approve((Long) s, null))),
                // a manager step: beyond the team lead's authority
                row("Approvals.approve", EnumSet.of(Caller.MANAGER), this::managerStep, s -> run(() -> approvals.approve((Long) s, null))),
                row("Approvals.reject", APPROVERS, () -> decision("300"), s -> run(() -> approvals.reject((Long) s, "no"))),
                row("Approvals.reject", EnumSet.of(Caller.MANAGER), this::managerStep, s -> run(() -> approvals.reject((Long) s, "no"))),
                row("Approvals.delegate", APPROVERS, () -> null, s -> run(() -> approvals.delegate("omar", today(), today()))),
                row("Approvals.revokeDelegation", EnumSet.of(Caller.MANAGER), this::delegationOfMaria,
                        s -> run(() -> approvals.revokeDelegation((Long) s))),
                row("Approvals.delegations", APPROVERS, () -> null, s -> approvals.delegations()),
                row("Approvals.approvers", APPROVERS, () -> null, s -> approvals.approvers()),
                row("Approvals.forTicket", TICKET_READERS, this::ticket, s -> approvals.forTicket(n.apply(s))),
                row("Directory.authenticate", EVERYONE, () -> null, s -> directory.authenticate("alice", "wrong".toCharArray())),
                // the customer's status page: anyone holding a valid signed link, nobody with a forged one
                row("CustomerStatus.view", EVERYONE, this::statusLink, s -> customerStatus.view((String) s)),
                row("CustomerStatus.asTheCustomerSeesIt", TICKET_READERS, this::ticket,
                        s -> customerStatus.asTheCustomerSeesIt(n.apply(s))),
                row("CustomerStatus.view", EnumSet.noneOf(Caller.class), () -> "ESC-1.forged",
                        s -> customerStatus.view((String) s)),
                row("CustomerStatus.reply", EVERYONE, this::statusLink, s -> customerStatus.reply((String) s, "Any news?")),
                row("CustomerStatus.askForEscalation", EVERYONE, this::statusLink,
                        s -> customerStatus.askForEscalation((String) s, "Nothing happened for days")),
                row("CustomerStatus.rate", EVERYONE, this::statusLink, s -> customerStatus.rate((String) s, 4, "ok")),
                row("CustomerStatus.rate", EnumSet.noneOf(Caller.class), () -> "ESC-1.forged",
                        s -> customerStatus.rate((String) s, 1, "forged")),
                // a name of its own each time and a documentation address, so that no real login is slowed down
                row("SignIns.attempt", EVERYONE, () -> "matrix-nobody-" + (++users),
                        s -> signIns.attempt(n.apply(s), "wrong".toCharArray(), "192.0.2.99")),
                row("Directory.me", SIGNED_IN, () -> null, s -> directory.me()),
                row("Directory.teams", SIGNED_IN, () -> null, s -> directory.teams()),
                row("Directory.findCustomers", EnumSet.complementOf(EnumSet.of(Caller.ADMIN, Caller.ANONYMOUS)), () -> null,
                        s -> directory.findCustomers("contoso")),
                row("Directory.customer", EnumSet.complementOf(EnumSet.of(Caller.ADMIN, Caller.ANONYMOUS)), () -> null,
                        s -> directory.customer(customer)),
                row("Directory.users", EnumSet.of(Caller.ADMIN), () -> null, s -> directory.users()),
                row("AuthorityLimits.limits", ADMIN, () -> null, s -> limits.limits()),
                row("AuthorityLimits.kinds", ADMIN, () -> null, s -> limits.kinds()),
                row("AuthorityLimits.setLimit", ADMIN, () -> null,
                        s -> run(() -> limits.setLimit("REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("50"), "EUR"))),
                row("AuthorityLimits.removeLimit", ADMIN, this::kindWithLimit,
                        s -> run(() -> limits.removeLimit(n.apply(s), AuthorityLevel.TIER_1_AGENT))),
                row("AuthorityLimits.addKind", ADMIN, () -> "MATRIX_NEW_" + (++kinds),
                        s -> run(() -> limits.addKind(n.apply(s), "Matrix kind", true))),
                row("AuthorityLimits.retireKind", ADMIN, this::kindWithLimit, s -> run(() -> limits.retireKind(n.apply(s)))),
                row("AuditReports.verify", EnumSet.of(Caller.ADMIN), () -> null, s -> audit.verify()),
                row("AuditReports.ticketTrail", TICKET_READERS, this::ticket, s -> audit.ticketTrail(n.apply(s))),
                row("AuditReports.ticketExport", TICKET_READERS, this::ticket, s -> audit.ticketExport(n.apply(s))),
                row("AuditReports.verifyAgainst", EnumSet.of(Caller.ADMIN), () -> null, s -> audit.verifyAgainst("")),
                row("AuditReports.makeCheckpoint", EnumSet.of(Caller.ADMIN), () -> null, s -> audit.makeCheckpoint()),
                row("AuditReports.checkpoints", EnumSet.of(Caller.ADMIN), () -> null, s -> audit.checkpoints(5)),
                row("AuditReports.consistency", EnumSet.of(Caller.ADMIN), () -> null, s -> audit.consistency(0, 0)),
                row("AuditReports.period", EnumSet.of(Caller.ADMIN), () -> null,
                        s -> audit.period(Instant.now().minusSeconds(60), Instant.now())),
                row("EscalationPolicies.versions", ADMIN, () -> null, s -> policies.versions()),
                row("EscalationPolicies.startDraft", ADMIN, this::noDraft, s -> policies.startDraft("matrix")),
                row("EscalationPolicies.addRule", ADMIN, this::draft, s -> policies.addRule(harmlessRule())),
                row("EscalationPolicies.removeRule", ADMIN, this::draftRule, s -> run(() -> policies.removeRule((Long) s))),
                row("EscalationPolicies.moveRule", ADMIN, this::draftRule, s -> run(() -> policies.moveRule((Long) s, true))),
                row("EscalationPolicies.changeDefaultAcceptMinutes", ADMIN, this::draft,
                        s -> run(() -> policies.changeDefaultAcceptMinutes(240))),
                row("EscalationPolicies.dryRun", ADMIN, this::draft, s -> policies.dryRun(5)),
                row("EscalationPolicies.publish", ADMIN, this::draft, s -> run(() -> policies.publish())),
                row("EscalationPolicies.discardDraft", ADMIN, this::draft, s -> run(() -> policies.discardDraft())),
                row("EscalationPolicies.proposal", OWNING_TEAM, this::ticket, s -> policies.proposal(n.apply(s), null)),
                row("Directory.tiers", SIGNED_IN, () -> null, s -> directory.tiers()),
                row("DirectoryAdmin.tiers", ADMIN, () -> null, s -> directoryAdmin.tiers()),
                row("DirectoryAdmin.createIntegration", ADMIN, () -> "matrix-shop-" + (++users),
                        s -> run(() -> directoryAdmin.createIntegration(n.apply(s), "Matrix shop", billing))),
                row("DirectoryAdmin.addTier", ADMIN, () -> null, s -> directoryAdmin.addTier("Matrix tier", null)),
                row("DirectoryAdmin.renameTier", ADMIN, () -> null, s -> run(() -> directoryAdmin.renameTier(3, "Experts", null))),
                row("DirectoryAdmin.setTierCost", ADMIN, () -> null,
                        s -> run(() -> directoryAdmin.setTierCost(3, new java.math.BigDecimal("104"), "EUR"))),
                row("DirectoryAdmin.editTier", ADMIN, () -> null,
                        s -> run(() -> directoryAdmin.editTier(3, "Experts", null, new java.math.BigDecimal("104"), "EUR"))),
                row("DirectoryAdmin.teams", ADMIN, () -> null, s -> directoryAdmin.teams()),
                row("DirectoryAdmin.users", ADMIN, () -> null, s -> directoryAdmin.users()),
                row("DirectoryAdmin.createTeam", ADMIN, () -> "Matrix team " + (++users),
                        s -> directoryAdmin.createTeam(new TeamInput(n.apply(s), 2, null, Set.of()))),
                row("DirectoryAdmin.updateTeam", ADMIN, () -> billing, s -> run(() -> directoryAdmin.updateTeam((Long) s,
                        new TeamInput("Billing specialists", 2, "Invoices, refunds, payment failures",
                                Set.of(Category.BILLING, Category.ACCOUNT))))),
                row("DirectoryAdmin.createUser", ADMIN, () -> "matrix" + (++users),
                        s -> run(() -> directoryAdmin.createUser(matrixUser(n.apply(s)), "matrix-password".toCharArray()))),
                row("DirectoryAdmin.updateUser", ADMIN, this::newUser,
                        s -> run(() -> directoryAdmin.updateUser(n.apply(s), matrixUser(n.apply(s))))),
                row("DirectoryAdmin.setActive", ADMIN, this::newUser, s -> run(() -> directoryAdmin.setActive(n.apply(s), false))),
                // refused by the rule "not locked" when allowed: the new user has no failed sign-ins
                row("DirectoryAdmin.unlockSignIn", ADMIN, this::newUser, s -> run(() -> directoryAdmin.unlockSignIn(n.apply(s)))),
                row("ApiTokens.all", ADMIN, () -> null, s -> apiTokens.all()),
                row("ApiTokens.owners", ADMIN, () -> null, s -> apiTokens.owners("ali")),
                row("ApiTokens.issue", ADMIN, () -> null, s -> apiTokens.issue("alice", "Matrix", 1)),
                row("ApiTokens.revoke", ADMIN, this::token, s -> run(() -> apiTokens.revoke((Long) s))),
                // open to everyone because it is how a token signs in
                row("ApiTokens.presented", EVERYONE, () -> null, s -> apiTokens.presented("edk_unknown")),
                row("Attachments.attach", OWNING_TEAM, this::ticket,
                        s -> attachments.attach(n.apply(s), List.of(new NewFile("log.txt", "a line".getBytes())))),
                row("Attachments.list", TICKET_READERS, this::ticket, s -> attachments.list(n.apply(s))),
                row("Attachments.describe", TICKET_READERS, this::attachment, s -> attachments.describe((Long) s)),
                row("Attachments.download", TICKET_READERS, this::attachment, s -> attachments.download((Long) s)),
                row("Attachments.limits", SIGNED_IN, () -> null, s -> attachments.limits()),
                row("Attachments.setLimits", ADMIN, () -> null, s -> attachments.setLimits(10, 50)),
                row("CustomerStatus.file", EVERYONE, this::customersFile,
                        s -> customerStatus.file(((Object[]) s)[0].toString(), (Long) ((Object[]) s)[1])),
                row("CustomerStatus.file", EnumSet.noneOf(Caller.class), () -> "ESC-1.forged", s -> customerStatus.file((String) s, 1L)),
                row("MailChannel.mailboxes", ADMIN, () -> null, s -> mailChannel.mailboxes()),
                row("MailChannel.sends", ADMIN, () -> null, s -> mailChannel.sends()),
                row("MailChannel.recent", ADMIN, () -> null, s -> mailChannel.recent(null, 10)),
                row("MailChannel.outbox", ADMIN, () -> null, s -> mailChannel.outbox(com.escalationdesk.mail.OutboxState.RETRYING, 10)),
                row("Webhooks.all", ADMIN, () -> null, s -> webhooks.all()),
                row("Webhooks.register", ADMIN, () -> null,
                        s -> webhooks.register("https://hooks.invalid/desk", "Matrix", EnumSet.of(WebhookEvent.SLA_BREACHED))),
                row("Webhooks.change", ADMIN, this::pausedWebhook, s -> webhooks.change((Long) s, "Matrix",
                        EnumSet.of(WebhookEvent.TICKET_CREATED), false)),
                row("Webhooks.deliveries", ADMIN, () -> null, s -> webhooks.deliveries(null, 10)),
                row("Webhooks.delivery", ADMIN, this::pausedDelivery, s -> webhooks.delivery((Long) s)),
                // refused by the rule "the webhook is paused" when allowed
                row("Webhooks.redeliver", ADMIN, this::pausedDelivery, s -> webhooks.redeliver((Long) s)),
                row("Webhooks.privateAddressesAllowed", ADMIN, () -> null, s -> webhooks.privateAddressesAllowed()),
                row("Webhooks.allowPrivateAddresses", ADMIN, () -> null, s -> run(() -> webhooks.allowPrivateAddresses(false))),
                row("ServiceLevelAdmin.calendars", ADMIN, () -> null, s -> serviceLevels.calendars()),
                row("ServiceLevelAdmin.policies", ADMIN, () -> null, s -> serviceLevels.policies()),
                row("ServiceLevelAdmin.createCalendar", ADMIN, () -> "Matrix calendar " + (++users),
                        s -> serviceLevels.createCalendar(new CalendarInput(n.apply(s), "Europe/Lisbon", false,
                                "Mon-Fri 09:00-17:00", "2026-12-25"))),
                row("ServiceLevelAdmin.updateCalendar", ADMIN, () -> null,
                        s -> serviceLevels.updateCalendar(1L, new CalendarInput("24x7", "UTC", true, null, null))),
                row("ServiceLevelAdmin.createPolicy", ADMIN, () -> "Matrix policy " + (++users),
                        s -> serviceLevels.createPolicy(matrixSlaPolicy(n.apply(s)))),
                row("ServiceLevelAdmin.updatePolicy", ADMIN, this::slaPolicy,
                        s -> serviceLevels.updatePolicy((Long) s, matrixSlaPolicy("Matrix policy #" + s))),
                row("Notifications.mine", SIGNED_IN, () -> null, s -> notifications.mine()),
                row("Notifications.unreadCount", SIGNED_IN, () -> null, s -> notifications.unreadCount()),
                row("Notifications.markAllRead", SIGNED_IN, () -> null, s -> run(() -> notifications.markAllRead())),
                row("NotificationSettings.mine", SIGNED_IN, () -> null, s -> notificationSettings.mine()),
                row("CustomerAdmin.customers", ADMIN, () -> null, s -> customerAdmin.customers(null)),
                row("CustomerAdmin.customerPage", ADMIN, () -> null, s -> customerAdmin.customerPage(null, 0, 10, "email", false)),
                row("CustomerAdmin.customerCount", ADMIN, () -> null, s -> customerAdmin.customerCount("a")),
                // moves the matrix customer to the segment and zone they have: allowed or not, nothing changes
                row("CustomerAdmin.change", ADMIN, this::matrixCustomer, s -> customerAdmin.change(((CustomerRow) s).id(),
                        ((CustomerRow) s).segment(), ((CustomerRow) s).timeZone())),
                row("CustomerEmails.templates", ADMIN, () -> null, s -> customerEmails.templates()),
                row("CustomerEmails.placeholders", ADMIN, () -> null, s -> customerEmails.placeholders()),
                row("CustomerEmails.change", ADMIN, this::receivedEmail,
                        s -> run(() -> customerEmails.change(((CustomerEmailRow) s).event(), ((CustomerEmailRow) s).subject(),
                                ((CustomerEmailRow) s).body()))),
                row("NotificationSettings.save", SIGNED_IN, () -> null,
                        s -> run(() -> notificationSettings.save(EnumSet.allOf(NotificationKind.class), null))),
                row("Knowledge.search", SIGNED_IN, () -> null, s -> knowledge.search(new KnowledgeQuery("refund", null, null,
                        null, null, null, 5))),
                row("Knowledge.suggestionsFor", TICKET_READERS, this::ticket, s -> knowledge.suggestionsFor(n.apply(s))),
                row("Knowledge.suggestionsForText", AGENTS, () -> null,
                        s -> knowledge.suggestionsForText("Refund missing", "", Category.BILLING)),
                row("Knowledge.linkedTo", TICKET_READERS, this::ticket, s -> knowledge.linkedTo(n.apply(s))),
                row("Knowledge.forTicket", TICKET_READERS, this::ticket, s -> knowledge.forTicket(n.apply(s))),
                row("Knowledge.article", SIGNED_IN, () -> "KB-1", s -> knowledge.article(n.apply(s))),
                row("Knowledge.draftFrom", OWNING_TEAM, this::ticket, s -> knowledge.draftFrom(n.apply(s))),
                row("Knowledge.create", AGENTS, () -> null, s -> knowledge.create(matrixArticle("created"), null)),
                row("Knowledge.revise", AGENTS, this::article,
                        s -> run(() -> knowledge.revise(articleOf(s), versionOf(s), matrixArticle("revised")))),
                row("Knowledge.moveTo", KNOWLEDGE_REVIEWERS, this::article,
                        s -> run(() -> knowledge.moveTo(articleOf(s), versionOf(s), ArticleState.VALIDATED, null))),
                row("Knowledge.link", OWNING_TEAM, this::ticketAndArticle,
                        s -> run(() -> knowledge.link(pair(s)[0], pair(s)[1]))),
                row("Knowledge.unlink", OWNING_TEAM, this::linkedArticle,
                        s -> run(() -> knowledge.unlink(pair(s)[0], pair(s)[1]))),
                row("Knowledge.flag", AGENTS, this::article, s -> knowledge.flag(articleOf(s), ArticleFlag.Kind.WRONG, "wrong")),
                row("Knowledge.closeFlag", KNOWLEDGE_REVIEWERS, this::articleFlag,
                        s -> run(() -> knowledge.closeFlag((Long) s, "fixed"))),
                row("Knowledge.reviewQueue", KNOWLEDGE_REVIEWERS, () -> null, s -> knowledge.reviewQueue()),
                row("Knowledge.reuseByCategory", SIGNED_IN, () -> null, s -> knowledge.reuseByCategory()),
                row("Knowledge.mayReview", SIGNED_IN, () -> null, s -> knowledge.mayReview()),
                // the public help page: anyone
                row("Knowledge.forCustomers", EVERYONE, () -> null, s -> knowledge.forCustomers("router", 3)),
                row("Knowledge.customerArticle", EVERYONE, this::customerArticle, s -> knowledge.customerArticle(n.apply(s))),
                // who may see the ticket and is an agent: its team and the team it was escalated to
                row("EscalationPolicies.reportWrongRouting", EnumSet.of(Caller.OWNING_TEAM_AGENT, Caller.OWNING_TEAM_LEAD,
                        Caller.RECEIVING_TEAM_AGENT), this::escalation,
                        s -> policies.reportWrongRouting((Long) s, "Should have gone to network")),
                // a ticket the intake policy routed to Network engineering: who may see it is its old and its new team
                row("EscalationPolicies.reportWrongIntakeRouting", INTAKE_ROUTED_READERS, this::outageTicket,
                        s -> policies.reportWrongIntakeRouting(n.apply(s), "Not an outage")),
                row("EscalationPolicies.routingFeedback", ADMIN, () -> null, s -> policies.routingFeedback()),
                row("EscalationPolicies.answerRoutingFeedback", ADMIN, this::routingFeedback,
                        s -> run(() -> policies.answerRoutingFeedback((Long) s, "Rule fixed", false))),
                row("Exacerbations.queue", APPROVERS, () -> null, s -> exacerbations.queue(false, true)),
                // managers see their teams' figures, admins the whole desk's; only admins rebuild the facts
                row("Metrics.dashboard", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.dashboard(7, null, DashboardCut.NONE)),
                row("Metrics.backlog", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.backlog(null)),
                row("Metrics.approvalTurnaround", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.approvalTurnaround(7, null)),
                row("Metrics.decisionsByKind", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.decisionsByKind(7, null)),
                row("Metrics.limitAdvice", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.limitAdvice(30, "REFUND", AuthorityLevel.TIER_1_AGENT, new BigDecimal("100"))),
                row("Metrics.mine", AGENTS, () -> null, s -> metrics.mine(30)),
                row("EarlyWarnings.threshold", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> earlyWarnings.threshold()),
                row("EarlyWarnings.watch", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> earlyWarnings.watch()),
                row("EarlyWarnings.setThreshold", ADMIN, () -> null, s -> earlyWarnings.setThreshold(new BigDecimal("2"), 5)),
                row("Metrics.trainingNeeds", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.trainingNeeds(30, null)),
                // a team lead coaches the agents of their teams: alice is in lena's and maria's; only alice reads her notes
                row("Coaching.assign", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), this::article,
                        s -> coaching.assign("alice", articleOf(s), "Read this first.")),
                row("Coaching.given", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null, s -> coaching.given()),
                row("Coaching.mine", AGENTS, () -> null, s -> coaching.mine()),
                row("Coaching.markRead", EnumSet.of(Caller.OWNING_TEAM_AGENT), this::noteForAlice, s -> run(() -> coaching.markRead((Long) s))),
                row("Metrics.drillDown", EnumSet.of(Caller.OWNING_TEAM_LEAD, Caller.MANAGER, Caller.ADMIN), () -> null,
                        s -> metrics.drillDown(new DrillDown(DrillDown.Figure.ESCALATED, null, 30, null, null, null, DashboardCut.NONE))),
                row("Metrics.rebuildFacts", ADMIN, () -> null, s -> metrics.rebuildFacts()),
                // every signed-in user searches; what each finds is what they may see (TicketFinderIT)
                row("TicketFinder.search", SIGNED_IN, () -> null, s -> finder.search(TicketSearch.forText("printer"), 0, 10)),
                row("TicketFinder.count", SIGNED_IN, () -> null, s -> finder.count(TicketSearch.forText("printer"))),
                row("TicketFinder.snapshotsAfter", SIGNED_IN, () -> null,
                        s -> finder.snapshotsAfter(TicketSearch.forText("printer"), null, 10)),
                row("TicketFinder.searchAfter", SIGNED_IN, () -> null, s -> finder.searchAfter(TicketSearch.forText("printer"), null, 10)),
                // the case is Frontline's: the team lead and the manager above her review it
                row("Exacerbations.review", APPROVERS, this::exacerbation, s -> run(() -> exacerbations.review((Long) s,
                        RootCause.PROCESS_OR_POLICY, "Talked it through", ReviewOutcome.NOTHING_FURTHER, null))),
                // only the recipient (alice, whose refund was decided) marks her notification read
                row("Notifications.markRead", EnumSet.of(Caller.OWNING_TEAM_AGENT), this::notificationOfAlice,
                        s -> run(() -> notifications.markRead((Long) s))));
    }

    private long customer;
    private long billing;

    /** A policy no ticket of the matrix falls under: standard customers' P4 tickets on long targets. */
    private static SlaPolicyInput matrixSlaPolicy(String name) {
        return new SlaPolicyInput(name, CustomerSegment.STANDARD, Priority.LOW, 1L, null, null, 100_000, List.of());
    }

    /** A queue view of alice's own: hers alone to open or remove. */
    private Object alicesQueueView() {
        signIn.as("alice");
        return queueViews.save(new com.escalationdesk.ticket.QueueViewSpec("Matrix view " + (++users), QueueScope.MINE, null,
                null, null, false));
    }

    /** A change to ticked tickets that left one as it was is a refusal, as the single change's would be. */
    private static Object allChanged(com.escalationdesk.ticket.BulkOutcome outcome) {
        if (!outcome.refused().isEmpty()) {
            throw new AccessRefused(outcome.refused().get(0).reason());
        }
        return outcome;
    }

    /** A canned reply of alice's own: hers alone to change or remove. */
    private Object alicesCannedReply() {
        signIn.as("alice");
        return cannedReplies.add("Matrix reply " + (++users), "Dear {{customer}}", false);
    }

    private Object matrixCustomer() {
        signIn.as("adam");
        return customerAdmin.customers(null).stream().filter(c -> c.id() == customer).findFirst().orElseThrow();
    }

    private Object slaPolicy() {
        signIn.as("adam");
        return serviceLevels.createPolicy(matrixSlaPolicy("Matrix policy " + (++users)));
    }

    @Test
    void everyOperationIsAllowedOrRefusedForEveryKindOfCallerAsTheTableSays() {
        signIn.as("alice");
        customer = directory.findCustomers("").get(0).id();
        billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst().orElseThrow().id();
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Row row : matrix()) {
            // A refused call leaves its subject as it was, so the next caller may try the same one; a call
            // that went through may have used it up (resolved the ticket, taken the escalation), and the
            // next caller gets a fresh one. Most rows refuse most callers: this spares most fixtures.
            Object subject = null;
            for (Caller caller : Caller.values()) {
                if (subject == null) {
                    subject = row.fixture().get();
                }
                Object tried = subject;
                if (caller.login == null) {
                    signIn.out();
                } else {
                    signIn.as(caller.login);
                }
                boolean refused = refused(() -> row.call().apply(tried));
                if (!refused) {
                    subject = null;
                }
                cells++;
                if (refused == row.allowed().contains(caller)) {
                    wrong.add(row.operation() + " by " + caller + ": " + (refused ? "refused" : "allowed")
                            + ", but should be " + (refused ? "allowed" : "refused"));
                }
            }
        }
        assertThat(wrong).as("cells out of %d that disagree with the table", cells).isEmpty();
    }

    @Test
    void everyPublicOperationOfTheBoundariesHasARow() {
        Set<Class<?>> boundaries = boundaries();
        assertThat(boundaries).as("found in the deployment").contains(Tickets.class, CustomerStatus.class, SignIns.class);
        Set<String> operations = boundaries.stream()
                .flatMap(b -> Arrays.stream(b.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                        .map(Method::getName).map(name -> b.getSimpleName() + "." + name))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = matrix().stream().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));

        assertThat(covered).containsExactlyElementsOf(operations);
    }

    /** The beans marked {@link Boundary}, as the container knows them: none is left out by hand. */
    private Set<Class<?>> boundaries() {
        return beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().map(Bean::getBeanClass)
                .filter(c -> c.isAnnotationPresent(Boundary.class)).collect(Collectors.toSet());
    }

    /**
     * Refused: the container's role check, or the boundary's tier, team or ownership check (which
     * answers "not found" rather than reveal what the caller may not see). A business rule's refusal
     * means the caller got past authorization.
     */
    private static boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException || t instanceof AccessLocalException || t instanceof AccessRefused
                        || t instanceof NotFound) {
                    return true;
                }
                if (t instanceof RuleViolation) {
                    return false;
                }
            }
            throw e;
        }
    }

    private static Row row(String operation, Set<Caller> allowed, Supplier<Object> fixture, Function<Object, Object> call) {
        return new Row(operation, allowed, fixture, call);
    }

    private static Object run(Runnable r) {
        r.run();
        return null;
    }

    private static ArticleContent matrixArticle(String resolution) {
        return new ArticleContent("Matrix article", "A matrix problem", null, null, resolution, Category.GENERAL, List.of(),
                Audience.INTERNAL);
    }

    /** A usable article nobody has validated yet, with the version an edit must name. */
    private Object[] article() {
        signIn.as("bob");
        String number = knowledge.create(matrixArticle("first"), null);
        return new Object[] {number, knowledge.article(number).version()};
    }

    private Object noteForAlice() {
        String article = articleOf(article());
        signIn.as("maria");
        return coaching.assign("alice", article, "Read this first.");
    }

    private static String articleOf(Object subject) {
        return (String) ((Object[]) subject)[0];
    }

    private static long versionOf(Object subject) {
        return (Long) ((Object[]) subject)[1];
    }

    private String[] ticketAndArticle() {
        return new String[] {ticket(), articleOf(article())};
    }

    private String[] linkedArticle() {
        String[] pair = ticketAndArticle();
        signIn.as("alice");
        knowledge.link(pair[0], pair[1]);
        return pair;
    }

    private Long articleFlag() {
        String number = articleOf(article());
        signIn.as("alice");
        return knowledge.flag(number, ArticleFlag.Kind.OUTDATED, "outdated");
    }

    private String customerArticle() {
        return knowledge.forCustomers("", 1).get(0).number();
    }

    /** Alice takes in an outage; the demo policy's intake rule "Outages go straight to network" routes it. */
    private String outageTicket() {
        signIn.as("alice");
        return tickets.open(new NewTicket(customer, "Total outage at the office", "Everything is down", Category.NETWORK,
                Priority.HIGH));
    }

    private Long routingFeedback() {
        long escalation = escalation();
        signIn.as("alice");
        return policies.reportWrongRouting(escalation, "Should have gone to network");
    }

    /** A bounced Frontline ticket: alice escalated it to Billing specialists, and bob sent it back. */
    private Long exacerbation() {
        String number = ticket();
        long escalation = escalations.escalate(toBilling(number));
        signIn.as("bob");
        escalations.returnToSender(escalation, "Not ours");
        signIn.as("maria");
        return exacerbations.queue(true, false).stream().filter(x -> x.ticketNumber().equals(number)).findFirst()
                .orElseThrow().id();
    }

    private String statusLink() {
        return statusLinks.links().issue(ticket(), Instant.now());
    }

    /** A file alice attached to a ticket of her team. */
    private Long attachment() {
        String number = ticket();
        return attachments.attach(number, List.of(new NewFile("log.txt", "a line".getBytes()))).get(0).id();
    }

    /** The status link of a ticket and a file on its public reply. */
    private Object[] customersFile() {
        String number = ticket();
        tickets.addNote(number, "Here is the form.", NoteVisibility.PUBLIC, List.of(new NewFile("form.txt", "fill me in".getBytes())));
        long file = attachments.list(number).get(0).id();
        return new Object[] {statusLinks.links().issue(number, Instant.now()), file};
    }

    private String ticket() {
        signIn.as("alice");
        return tickets.open(new NewTicket(customer, "Matrix ticket", "d", Category.BILLING, Priority.NORMAL));
    }

    private String[] twoTickets() {
        return new String[] {ticket(), ticket()};
    }

    private String[] linkedTickets() {
        String[] pair = twoTickets();
        tickets.link(pair[0], pair[1]);
        return pair;
    }

    private static String[] pair(Object subject) {
        return (String[]) subject;
    }

    private String queuedTicket() {
        signIn.as("alice");
        return tickets.open(new NewTicket(customer, "Queued", "d", Category.BILLING, Priority.NORMAL, false));
    }

    private String waitingTicket() {
        String number = ticket();
        tickets.waitOnCustomer(number, "Which model?");
        return number;
    }

    private String resolvedTicket() {
        String number = ticket();
        tickets.resolve(number, "done");
        return number;
    }

    private Long escalation() {
        return escalations.escalate(toBilling(ticket()));
    }

    private Long decision(String amount) {
        String number = ticket();
        return approvals.request(refund(number, amount)).id();
    }

    /** A 1,200 EUR refund whose team-lead step the director already approved: the manager's step is next. */
    private Long managerStep() {
        Long id = decision("1200");
        signIn.as("david");
        approvals.approve(id, null);
        return id;
    }

    private CustomerEmailRow receivedEmail() {
        signIn.as("adam");
        return customerEmails.templates().get(0);
    }

    /** A kind of decision of its own, with a Tier 1 limit, so that removing or retiring it disturbs nothing else. */
    private String kindWithLimit() {
        signIn.as("adam");
        String code = "MATRIX_KIND_" + (++kinds);
        limits.addKind(code, "Matrix kind", true);
        limits.setLimit(code, AuthorityLevel.TIER_1_AGENT, BigDecimal.TEN, "EUR");
        return code;
    }

    private Long delegationOfMaria() {
        signIn.as("maria");
        approvals.delegate("omar", today(), today());
        return approvals.delegations().stream().filter(DelegationView::mine).map(DelegationView::id)
                .max(Long::compare).orElseThrow();
    }

    private static UserInput matrixUser(String login) {
        return new UserInput(login, "Matrix user", login + "@example.test", null, Set.of(Role.MANAGER), null, null);
    }

    /** A delivery of a ticket's creation to a webhook paused since, so that nothing is sent to it. */
    private Long pausedDelivery() {
        signIn.as("adam");
        long hook = webhooks.register("https://hooks.invalid/desk", "Matrix", EnumSet.of(WebhookEvent.TICKET_CREATED)).webhook().id();
        String number = ticket();
        signIn.as("adam");
        webhooks.change(hook, "Matrix", EnumSet.of(WebhookEvent.TICKET_CREATED), false);
        return webhooks.deliveries(hook, 10).stream().filter(d -> number.equals(d.ticketNumber())).findFirst().orElseThrow().id();
    }

    private Long pausedWebhook() {
        signIn.as("adam");
        long hook = webhooks.register("https://hooks.invalid/desk", "Matrix", EnumSet.of(WebhookEvent.SLA_BREACHED)).webhook().id();
        webhooks.change(hook, "Matrix", EnumSet.of(WebhookEvent.SLA_BREACHED), false);
        return hook;
    }

    private Long token() {
        signIn.as("adam");
        return apiTokens.issue("alice", "Matrix", 1).token().id();
    }

    private String newUser() {
        signIn.as("adam");
        String login = "matrix" + (++users);
        directoryAdmin.createUser(matrixUser(login), "matrix-password".toCharArray());
        return login;
    }

    private Object noDraft() {
        signIn.as("adam");
        if (policies.versions().stream().anyMatch(v -> v.state() == PolicyState.DRAFT)) {
            policies.discardDraft();
        }
        return null;
    }

    private Object draft() {
        signIn.as("adam");
        if (policies.versions().stream().noneMatch(v -> v.state() == PolicyState.DRAFT)) {
            policies.startDraft("matrix");
        }
        return null;
    }

    /** A rule in the draft, second of two so that it can move up. */
    private Long draftRule() {
        draft();
        policies.addRule(harmlessRule());
        return policies.addRule(harmlessRule());
    }

    /** A rule that matches no ticket, so that publishing it changes nothing for the other rows. */
    private static PolicyRuleInput harmlessRule() {
        return new PolicyRuleInput("Matrix rule", PolicyStage.INTAKE, null, null, null, null, "no-ticket-says-this",
                null, null, null, null, null, null, null, Priority.LOW, null, null, null);
    }

    private Long notificationOfAlice() {
        Long id = decision("300");
        signIn.as("maria");
        approvals.approve(id, null);
        signIn.as("alice");
        return notifications.mine().get(0).id();
    }

    private EscalationRequest toBilling(String number) {
        return new EscalationRequest(number, billing, EscalationReason.KNOWLEDGE, "issue", "steps", "needed");
    }

    private static NewDecisionRequest refund(String number, String amount) {
        return new NewDecisionRequest(number, "REFUND", new BigDecimal(amount), "EUR", "matrix");
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
