package com.escalationdesk.directory;

import com.escalationdesk.approval.ApprovalChain;
import com.escalationdesk.approval.AuthorityLimit;
import com.escalationdesk.approval.DecisionKind;
import com.escalationdesk.approval.DecisionRequest;
import com.escalationdesk.approval.Money;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.knowledge.DemoKnowledge;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.HandoffSummary;
import com.escalationdesk.policy.PolicyFacts;
import com.escalationdesk.policy.PolicyRuleInput;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyState;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.policy.PolicyVersion;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import com.escalationdesk.ticket.TicketEvents;
import com.escalationdesk.sla.BusinessCalendar;
import com.escalationdesk.sla.SlaAction;
import com.escalationdesk.sla.SlaClocks;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaPolicy;
import com.escalationdesk.sla.SlaStep;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Fills an empty database with a small, realistic desk when the server runs with
 * {@code -Descalationdesk.demo=true} (the run command sets it). DEMO CREDENTIALS: every demo user's
 * password is "demo"; never enable this on a production server.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String SWITCH = "escalationdesk.demo";

    /**
     * {@code -Descalationdesk.demo.history=false} (test servers only): the demo's teams, users,
     * customers, policy and service levels without its tickets, knowledge and weeks of history, for
     * tests that take their own tickets in and need only people to do it (the crash test).
     */
    public static final String HISTORY_SWITCH = "escalationdesk.demo.history";
    public static final String DEMO_PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private TicketEvents events;

    @Inject
    private SlaClocks slaClocks;

    @Inject
    private DemoKnowledge knowledge;

    private PolicyVersion policy;

    /** Runs at startup; public so that the service tests can lay the demo desk on a cleaned database again. */
    @PostConstruct
    public void loadWhenEmpty() {
        if (!Boolean.getBoolean(SWITCH)) {
            return;
        }
        // Two servers starting at once on one empty database: the first to lock the tiers lays the
        // demo desk down, and the other then finds its users and leaves it alone.
        em.createNamedQuery(Tier.ALL, Tier.class).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        long users = em.createNamedQuery(Agent.ALL, Agent.class).setMaxResults(1).getResultList().size();
        if (users > 0) {
            return;
        }
        boolean history = !"false".equals(System.getProperty(HISTORY_SWITCH));
        load(history);
        LOG.info(history ? "Demo data loaded: teams for three tiers, 10 users (password \"demo\"), customers, about 310 tickets and 48 knowledge articles"
                : "Demo data loaded without its history: teams for three tiers, 10 users (password \"demo\") and customers");
    }

    private void load(boolean history) {
        List<Tier> tiers = em.createNamedQuery(Tier.ALL, Tier.class).getResultList();
        Team frontline = team("Frontline support", tiers.get(0), "First contact for every customer request");
        Team billing = team("Billing specialists", tiers.get(1), "Invoices, refunds, payment failures");
        Team network = team("Network engineering", tiers.get(1), "Connectivity, latency, DNS and VPN issues");
        Team platform = team("Platform engineering", tiers.get(2), "Product defects and infrastructure");

        String hash = PasswordHash.of(DEMO_PASSWORD.toCharArray(), demoPasswordIterations());
        Agent alice = agent("alice", "Alice Martin", frontline, hash, Role.AGENT);
        Agent tom = agent("tom", "Tom Becker", frontline, hash, Role.AGENT);
        Agent bob = agent("bob", "Bob Nakamura", billing, hash, Role.AGENT);
        Agent nina = agent("nina", "Nina Okafor", network, hash, Role.AGENT);
        Agent erik = agent("erik", "Erik Larsen", platform, hash, Role.AGENT);
        Agent lena = new Agent("lena", "Lena Hoffmann", "lena@escalationdesk.example", hash, frontline,
                Set.of(Role.AGENT, Role.MANAGER)).approvingAt(AuthorityLevel.TEAM_LEAD);
        em.persist(lena);
        Agent maria = agent("maria", "Maria Rossi", null, hash, Role.MANAGER).approvingAt(AuthorityLevel.MANAGER);
        Agent omar = agent("omar", "Omar Haddad", null, hash, Role.MANAGER).approvingAt(AuthorityLevel.MANAGER);
        Agent david = agent("david", "David Chen", null, hash, Role.MANAGER).approvingAt(AuthorityLevel.DIRECTOR);
        Agent adam = agent("adam", "Adam Clarke", null, hash, Role.ADMIN);
        policy = demoPolicy(adam, billing, network, platform, lena, maria, david);
        owns(frontline, Category.GENERAL);
        owns(billing, Category.BILLING, Category.ACCOUNT);
        owns(network, Category.NETWORK);
        owns(platform, Category.TECHNICAL);
        reportsTo(lena, alice, tom);
        reportsTo(maria, lena, erik);
        reportsTo(omar, bob, nina);
        reportsTo(david, maria, omar);

        Customer northwind = customer("Northwind Traders", "support@northwind.example", CustomerSegment.ENTERPRISE,
                "America/New_York");
        Customer contoso = customer("Contoso Pharmacy", "it@contoso.example", CustomerSegment.BUSINESS, "Europe/Berlin");
        Customer jane = customer("Jane Doe", "jane.doe@example.com", CustomerSegment.STANDARD, "Europe/London");
        customer("Fabrikam Logistics", "helpdesk@fabrikam.example", CustomerSegment.ENTERPRISE, "Asia/Singapore");

        Instant start = clock.instant().minus(Duration.ofDays(2));
        if (!history) {
            serviceLevels(adam, start.minus(Duration.ofDays(60)));
            return;
        }
        // the policies come first, so that every resolution below counts its business time in the calendar
        // that covered it, as a rebuild of the metric facts from the audit trail does (the first tickets'
        // facts had counted calendar time, which a rebuild then changed when their hour straddled 18:00 Berlin)
        serviceLevels(adam, start.minus(Duration.ofDays(60)));
        ticket(jane, "Cannot reset my password", "The reset email never arrives; I checked the spam folder.",
                Category.ACCOUNT, Priority.NORMAL, alice, start);
        Ticket wifi = ticket(contoso, "Store Wi-Fi drops every hour",
                "Since Monday the store network disconnects every hour for about two minutes.",
                Category.NETWORK, Priority.HIGH, alice, start.plus(Duration.ofHours(1)));
        note(wifi, alice, "Customer restarted the router twice; drops continue.", start.plus(Duration.ofHours(2)));
        goodwillCredit(wifi, alice, "150.00", "Store lost two days of card payments; keeps a 5-year contract with us.",
                start.plus(Duration.ofHours(2).plusMinutes(30)));
        Ticket invoice = ticket(northwind, "Invoice charged twice for November",
                "Our card was charged twice for invoice INV-2026-1184 (2 x 1,240.00 EUR).",
                Category.BILLING, Priority.HIGH, tom, start.plus(Duration.ofHours(3)));
        escalate(invoice, billing, tom, EscalationReason.AUTHORITY,
                new HandoffSummary("Duplicate card capture on INV-2026-1184",
                        "Confirmed two captures in the payment log; customer sent the bank statement",
                        "Refund of one capture (1,240.00 EUR), above Tier 1's refund limit"),
                start.plus(Duration.ofHours(4)));
        Ticket vpn = ticket(northwind, "VPN tunnel to Hamburg office flaps",
                "The site-to-site tunnel renegotiates every few minutes since the weekend.",
                Category.NETWORK, Priority.URGENT, alice, start.plus(Duration.ofHours(5)));
        Escalation vpnEscalation = escalate(vpn, network, alice, EscalationReason.COMPLEXITY,
                new HandoffSummary("Site-to-site VPN renegotiates every 3-5 minutes",
                        "Checked customer's PSK and IKE settings against our template: identical",
                        "Look at our concentrator logs for the Hamburg peer"),
                start.plus(Duration.ofHours(6)));
        Map<String, Object> before = vpn.auditState();
        vpn.acceptEscalation(vpnEscalation, nina, start.plus(Duration.ofHours(7)));
        record(vpn, nina, AuditAction.ESCALATION_ACCEPTED, "Escalation accepted by Nina Okafor for Network engineering",
                before, vpn.auditState(), start.plus(Duration.ofHours(7)));
        ticket(jane, "Question about my data plan", "How much data is left on my plan this month?",
                Category.GENERAL, Priority.LOW, tom, start.plus(Duration.ofHours(8)));
        Ticket refund = ticket(contoso, "Refund for cancelled order", "Order 55-2001 was cancelled but not refunded.",
                Category.BILLING, Priority.NORMAL, tom, start.plus(Duration.ofHours(9)));
        Escalation refundEscalation = escalate(refund, billing, tom, EscalationReason.KNOWLEDGE,
                new HandoffSummary("Cancelled order 55-2001 not refunded",
                        "Order shows cancelled in the shop; no refund transaction",
                        "Find out why the refund did not run"), start.plus(Duration.ofHours(10)));
        before = refund.auditState();
        refund.returnEscalation(refundEscalation, bob, "Refunds of cancelled orders run overnight; Tier 1 can confirm"
                + " this in the order screen and tell the customer.", start.plus(Duration.ofHours(11)));
        record(refund, bob, AuditAction.ESCALATION_RETURNED, "Escalation returned to Frontline support: "
                + refundEscalation.getDecisionNote(), before, refund.auditState(), start.plus(Duration.ofHours(11)));

        queued(jane, "Roaming charge on my bill", "I was charged for roaming but I did not travel.",
                Category.BILLING, Priority.NORMAL, tom, start.plus(Duration.ofHours(12)));
        Ticket pin = ticket(contoso, "Card terminal asks for a new PIN", "The card terminal in store 4 asks for a PIN reset.",
                Category.TECHNICAL, Priority.NORMAL, alice, start.plus(Duration.ofHours(13)));
        lifecycle(pin, alice, AuditAction.TICKET_RESOLVED, "Resolved: Reset the terminal PIN with the customer on the phone.",
                t -> t.resolve("Reset the terminal PIN with the customer on the phone.", start.plus(Duration.ofHours(14))),
                start.plus(Duration.ofHours(14)));
        lifecycle(pin, alice, AuditAction.TICKET_CLOSED, "Closed", t -> t.close(start.plus(Duration.ofHours(30))),
                start.plus(Duration.ofHours(30)));
        Ticket login = ticket(northwind, "Two users locked out of the portal", "Users m.keller and j.ortiz cannot sign in.",
                Category.ACCOUNT, Priority.HIGH, tom, start.plus(Duration.ofHours(15)));
        lifecycle(login, tom, AuditAction.TICKET_RESOLVED, "Resolved: Unlocked both accounts.",
                t -> t.resolve("Unlocked both accounts.", start.plus(Duration.ofHours(16))), start.plus(Duration.ofHours(16)));
        lifecycle(login, tom, AuditAction.TICKET_REOPENED, "Reopened (1 time): j.ortiz is locked out again",
                t -> t.reopen("j.ortiz is locked out again", start.plus(Duration.ofHours(20))), start.plus(Duration.ofHours(20)));

        knowledge.load(Map.of(Category.BILLING, bob, Category.NETWORK, nina, Category.TECHNICAL, erik,
                        Category.ACCOUNT, tom, Category.GENERAL, alice),
                Map.of(Category.BILLING, bob, Category.NETWORK, nina, Category.TECHNICAL, erik, Category.ACCOUNT, bob,
                        Category.GENERAL, nina),
                Map.of("billing-refund-above-limit", invoice, "net-site-vpn-renegotiates", vpn,
                        "billing-refund-cancelled-order", refund, "net-store-wifi-hourly", wifi,
                        "tech-card-terminal-new-pin", pin, "acct-unlock-portal-internal", login),
                start.minus(Duration.ofDays(60)), start.plus(Duration.ofHours(40)));
        history(List.of(alice, tom, lena), List.of(bob), List.of(nina), List.of(northwind, contoso, jane),
                billing, network, start.minus(Duration.ofDays(28)));
        startClocks();
    }

    /**
     * The PBKDF2 cost of the demo users' one shared hash: the full cost, unless a test deployment
     * lowers it with the system property {@code escalationdesk.demo.passwordIterations} so that its
     * many sign-ins are fast (the service tests' Payara Micro does; the sign-in and password tests
     * and the browser tests keep the full cost).
     */
    private static int demoPasswordIterations() {
        Integer configured = Integer.getInteger("escalationdesk.demo.passwordIterations");
        return configured == null || configured < 1 ? PasswordHash.ITERATIONS : configured;
    }

    /** A Berlin office calendar next to the 24x7 one the schema ships, and three service-level policies. */
    private void serviceLevels(Agent admin, Instant at) {
        BusinessCalendar always = em.find(BusinessCalendar.class, 1L);
        BusinessCalendar berlin = BusinessCalendar.workingHours("Berlin office", "Europe/Berlin", "Mon-Fri 08:00-18:00",
                Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
                        LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1)));
        em.persist(berlin);
        audit.recordAt(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.CALENDAR_CREATED,
                "Calendar " + berlin.getName() + ": " + berlin.describe(), null, berlin.auditState(), at);
        slaPolicy(admin, new SlaPolicy("Enterprise P1", CustomerSegment.ENTERPRISE, Priority.URGENT, always, 60, 120, 480,
                List.of(SlaStep.warning(null, 50, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                        SlaStep.warning(null, 75, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                        SlaStep.afterBreach(SlaKind.FIRST_RESPONSE, 0, SlaAction.ESCALATE_TO_LEAD),
                        SlaStep.afterBreach(SlaKind.NEXT_UPDATE, 0, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                        SlaStep.afterBreach(SlaKind.RESOLUTION, 0, SlaAction.ESCALATE_NEXT_TIER),
                        SlaStep.afterBreach(SlaKind.RESOLUTION, 120, SlaAction.ESCALATE_TO_LEAD),
                        SlaStep.afterBreach(SlaKind.RESOLUTION, 240, SlaAction.ESCALATE_TO_DEPARTMENT_MANAGER))), at);
        slaPolicy(admin, new SlaPolicy("Urgent", null, Priority.URGENT, berlin, 120, 240, 960,
                List.of(SlaStep.warning(null, 75, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                        SlaStep.afterBreach(null, 0, SlaAction.ESCALATE_TO_LEAD))), at);
        slaPolicy(admin, new SlaPolicy("Standard", null, null, berlin, 480, 1440, 2400,
                List.of(SlaStep.warning(null, 75, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                        SlaStep.afterBreach(SlaKind.RESOLUTION, 0, SlaAction.ESCALATE_TO_LEAD),
                        SlaStep.afterBreach(SlaKind.RESOLUTION, 480, SlaAction.ESCALATE_TO_DEPARTMENT_MANAGER))), at);
    }

    /**
     * Clocks for every active ticket. They start now, not when the demo tickets were opened, so that
     * a fresh demo begins on track and its ladders climb while someone watches.
     */
    private void startClocks() {
        Instant at = clock.instant();
        em.flush();
        em.createQuery("select t from Ticket t where t.status not in (com.escalationdesk.ticket.TicketStatus.RESOLVED,"
                + " com.escalationdesk.ticket.TicketStatus.CLOSED)", Ticket.class).getResultList()
                .forEach(t -> slaClocks.start(t, at));
    }

    private void slaPolicy(Agent admin, SlaPolicy policy, Instant at) {
        em.persist(policy);
        audit.recordAt(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.SLA_POLICY_CREATED,
                "Service-level policy " + policy.getName() + " (" + policy.scope() + ")", null, policy.auditState(), at);
    }

    /**
     * Version 2 of the escalation policy, published by the demo admin over the empty version 1 that
     * the schema ships: routing by category, quicker acceptance for urgent network trouble, the
     * experts for tickets reopened twice, and managers for enterprise goodwill credits.
     */
    private PolicyVersion demoPolicy(Agent admin, Team billing, Team network, Team platform, Agent lead, Agent manager,
            Agent director) {
        Instant at = clock.instant().minus(Duration.ofDays(30));
        PolicyVersion first = em.createNamedQuery(PolicyVersion.IN_STATE, PolicyVersion.class)
                .setParameter("state", PolicyState.ACTIVE).getSingleResult();
        PolicyVersion v = PolicyVersion.draftFrom(first, first.getNumber() + 1,
                "Routing by category; urgent network trouble accepted within 30 minutes", admin.getLoginName(), at);
        em.persist(v);
        v.addRule(new PolicyRuleInput("Outages go straight to network", PolicyStage.INTAKE, null, null, null, null,
                "service outage, total outage, down for everyone", null, null, null, null, null, null, null,
                Priority.URGENT, null, null, null), network, null);
        v.addRule(new PolicyRuleInput("Enterprise P1: tell the team lead", PolicyStage.INTAKE, null, Priority.URGENT,
                CustomerSegment.ENTERPRISE, null, null, null, null, null, null, null, null, null, null, null, null, null),
                null, lead);
        v.addRule(new PolicyRuleInput("Reopened twice: the experts", PolicyStage.ESCALATION, null, null, null, null, null,
                null, null, null, 2, null, null, null, null, null, 120, null), platform, null);
        v.addRule(new PolicyRuleInput("Tier 2 escalates to platform", PolicyStage.ESCALATION, null, null, null, 2,
                null, null, null, null, null, null, null, null, null, null, 240, null), platform, null);
        v.addRule(new PolicyRuleInput("Urgent network within 30 minutes", PolicyStage.ESCALATION, Category.NETWORK,
                Priority.URGENT, null, null, null, null, null, null, null, null, null, null, null, null, 30, null), network, null);
        v.addRule(new PolicyRuleInput("Network to network engineering", PolicyStage.ESCALATION, Category.NETWORK, null,
                null, null, null, null, null, null, null, null, null, null, null, null, 120, null), network, null);
        v.addRule(new PolicyRuleInput("Billing to billing specialists", PolicyStage.ESCALATION, Category.BILLING, null,
                null, null, null, null, null, null, null, null, null, null, null, null, 60, null), billing, null);
        v.addRule(new PolicyRuleInput("Account questions to billing", PolicyStage.ESCALATION, Category.ACCOUNT, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null), billing, null);
        v.addRule(new PolicyRuleInput("Enterprise goodwill needs a manager", PolicyStage.DECISION, null, null,
                CustomerSegment.ENTERPRISE, null, null, "GOODWILL_CREDIT", null, null, null, null, null,
                AuthorityLevel.MANAGER, null, null, null, null), null, manager);
        v.addRule(new PolicyRuleInput("Large refunds: tell the director", PolicyStage.DECISION, null, null, null, null,
                null, "REFUND", new BigDecimal("1000"), "EUR", null, null, null, null, null, null, null, null), null, director);
        first.retire();
        v.publish(admin.getLoginName(), at);
        audit.recordAt(AuditEntry.CONFIGURATION_CHAIN, admin.getLoginName(), AuditAction.POLICY_PUBLISHED,
                "Policy v" + v.getNumber() + " published with " + v.getRules().size() + " rules; v" + first.getNumber()
                        + " retired", first.auditState(), v.auditState(), at);
        return v;
    }

    /** Subjects per category for the generated history: what a telecom/retail help desk hears all day. */
    private static final Map<Category, List<String>> SUBJECTS = Map.of(
            Category.BILLING, List.of("Charged twice this month", "Refund not received", "Invoice shows the wrong plan",
                    "Direct debit failed", "Unknown charge on the bill"),
            Category.NETWORK, List.of("Internet drops every evening", "Slow speeds since the upgrade", "No signal at the office",
                    "VPN disconnects", "Router keeps restarting"),
            Category.ACCOUNT, List.of("Cannot sign in to the portal", "Change the account holder", "Two-factor code never arrives"),
            Category.TECHNICAL, List.of("App crashes on start", "Card terminal offline", "Email not syncing"),
            Category.GENERAL, List.of("Question about my contract", "Where is my order?", "Change of address"));

    /**
     * About three hundred tickets over four weeks, in every state, so that every screen has
     * something to show. Deterministic, so demo servers look alike.
     */
    private void history(List<Agent> frontline, List<Agent> billingAgents, List<Agent> networkAgents, List<Customer> customers,
            Team billing, Team network, Instant from) {
        java.util.Random random = new java.util.Random(20261124);
        Instant now = from.plus(Duration.ofDays(28));
        Category[] categories = Category.values();
        Priority[] priorities = Priority.values();
        for (int i = 0; i < 300; i++) {
            Instant at = from.plus(Duration.ofMinutes(i * 131L));
            Category category = categories[random.nextInt(categories.length)];
            List<String> subjects = SUBJECTS.get(category);
            Agent agent = frontline.get(random.nextInt(frontline.size()));
            Customer customer = customers.get(random.nextInt(customers.size()));
            String subject = subjects.get(random.nextInt(subjects.size()));
            Ticket t = ticket(customer, subject, "Customer reports: " + subject.toLowerCase() + ".", category,
                    priorities[random.nextInt(priorities.length)], agent, at);
            int fate = random.nextInt(10);
            Instant later = at.plus(Duration.ofMinutes(20 + random.nextInt(600)));
            if (fate <= 3) {
                lifecycle(t, agent, AuditAction.TICKET_RESOLVED, "Resolved at first contact",
                        x -> x.resolve("Explained and fixed on the first call.", later), later);
                if (fate <= 1) {
                    lifecycle(t, agent, AuditAction.TICKET_CLOSED, "Closed", x -> x.close(later.plus(Duration.ofDays(2))),
                            later.plus(Duration.ofDays(2)));
                }
            } else if (fate == 4) {
                lifecycle(t, agent, AuditAction.WAITING_ON_CUSTOMER, "Waiting on the customer", x -> x.waitOnCustomer(later), later);
            } else if (fate >= 5) {
                boolean toBilling = category == Category.BILLING || category == Category.ACCOUNT || category == Category.GENERAL;
                Team target = toBilling ? billing : network;
                List<Agent> receivers = toBilling ? billingAgents : networkAgents;
                // A living desk: an escalation still waits only if it was asked for in the last hours (most of them
                // within the time the policy gives to accept); older ones were taken, most of them in time.
                boolean waits = fate == 5 && at.isAfter(now.minus(Duration.ofDays(5)));
                Instant recently = now.minus(Duration.ofMinutes(15 + (waits ? random.nextInt(300) : 0)));
                Instant asked = !waits ? later : recently.isAfter(at) ? recently : at.plus(Duration.ofMinutes(10));
                Escalation e = escalate(t, target, agent, toBilling ? EscalationReason.AUTHORITY : EscalationReason.COMPLEXITY,
                        new HandoffSummary(subject, "Checked the account and the usual causes with the customer",
                                toBilling ? "A decision beyond Tier 1" : "A specialist look at the network side"), asked);
                Agent receiver = receivers.get(0);
                Instant decided = later.plus(Duration.ofMinutes(30 + random.nextInt(240)));
                if (fate == 5 && !waits) {
                    Map<String, Object> before = t.auditState();
                    t.acceptEscalation(e, receiver, decided);
                    record(t, receiver, AuditAction.ESCALATION_ACCEPTED, "Escalation accepted by " + receiver.getDisplayName(),
                            before, t.auditState(), decided);
                } else if (fate == 6) {
                    Map<String, Object> before = t.auditState();
                    t.returnEscalation(e, receiver, "Tier 1 can solve this with the knowledge base article.", decided);
                    record(t, receiver, AuditAction.ESCALATION_RETURNED, "Escalation returned to " + e.getFromTeam().getName(),
                            before, t.auditState(), decided);
                } else if (fate >= 7) {
                    Map<String, Object> before = t.auditState();
                    t.acceptEscalation(e, receiver, decided);
                    record(t, receiver, AuditAction.ESCALATION_ACCEPTED, "Escalation accepted by " + receiver.getDisplayName(),
                            before, t.auditState(), decided);
                    if (fate == 9) {
                        Instant resolved = decided.plus(Duration.ofHours(3));
                        lifecycle(t, receiver, AuditAction.TICKET_RESOLVED, "Resolved by the specialists",
                                x -> x.resolve("Fixed by the specialist team.", resolved), resolved);
                    }
                }
            }
        }
    }

    private void goodwillCredit(Ticket t, Agent requester, String amount, String justification, Instant at) {
        DecisionKind kind = em.createNamedQuery(DecisionKind.BY_CODE, DecisionKind.class).setParameter("code", "GOODWILL_CREDIT")
                .getSingleResult();
        Money money = Money.of(amount, "EUR");
        List<AuthorityLevel> chain = ApprovalChain.levelsFor(requester.getAuthorityLevel(), kind, money,
                em.createNamedQuery(AuthorityLimit.FOR_KIND, AuthorityLimit.class).setParameter("kind", kind).getResultList());
        DecisionRequest request = new DecisionRequest(t, kind, money, justification, requester, chain, at);
        em.persist(request);
        record(t, requester, AuditAction.DECISION_REQUESTED, "Goodwill credit of " + money + " requested: " + justification,
                null, request.auditState(), at);
    }

    private void queued(Customer c, String subject, String description, Category category, Priority priority,
            Agent agent, Instant at) {
        Ticket t = new Ticket(c, subject, description, category, priority, agent, false, at);
        em.persist(t);
        t.assignNumber();
        record(t, agent, AuditAction.TICKET_CREATED, "Ticket " + t.getNumber() + " taken in for " + c.getName()
                + " into the queue of " + agent.getTeam().getName() + ": " + subject, null, t.auditState(), at);
    }

    private void lifecycle(Ticket t, Agent actor, AuditAction action, String summary, Consumer<Ticket> change,
            Instant at) {
        Map<String, Object> before = t.auditState();
        change.accept(t);
        record(t, actor, action, summary, before, t.auditState(), at);
    }

    private static void owns(Team team, Category... categories) {
        team.change(team.getTier(), team.getDescription(), Set.of(categories));
    }

    private static void reportsTo(Agent manager, Agent... staff) {
        for (Agent a : staff) {
            a.change(a.getDisplayName(), a.getEmail(), a.getTeam(), a.getRoles(), a.getApprovalLevel(), manager);
        }
    }

    private Team team(String name, Tier tier, String description) {
        Team t = new Team(name, tier, description);
        em.persist(t);
        return t;
    }

    private Agent agent(String login, String name, Team team, String hash, Role role) {
        Agent a = new Agent(login, name, login + "@escalationdesk.example", hash, team, Set.of(role));
        em.persist(a);
        return a;
    }

    private Customer customer(String name, String email, CustomerSegment segment, String zone) {
        Customer c = new Customer(name, email, segment, zone);
        em.persist(c);
        return c;
    }

    private Ticket ticket(Customer c, String subject, String description, Category category, Priority priority,
            Agent agent, Instant at) {
        Ticket t = new Ticket(c, subject, description, category, priority, agent, at);
        em.persist(t);
        t.assignNumber();
        record(t, agent, AuditAction.TICKET_CREATED, "Ticket " + t.getNumber() + " taken in for " + c.getName()
                + ": " + subject, null, t.auditState(), at);
        return t;
    }

    private void note(Ticket t, Agent author, String body, Instant at) {
        t.addNote(author, body, NoteVisibility.INTERNAL, at);
        record(t, author, AuditAction.NOTE_ADDED, "Internal note: " + body, null,
                Map.of("visibility", NoteVisibility.INTERNAL, "body", body), at);
    }

    private Escalation escalate(Ticket t, Team target, Agent by, EscalationReason reason, HandoffSummary handoff,
            Instant at) {
        Map<String, Object> before = t.auditState();
        PolicyVerdict verdict = policy.verdict(PolicyStage.ESCALATION, PolicyFacts.of(t, at).withReason(reason));
        Escalation e = t.escalateFunctionally(target, by, reason, handoff, at);
        e.governedBy(verdict.version(), verdict.ruleName(), verdict.routeTo(), verdict.acceptBy(at));
        em.persist(e);
        record(t, by, AuditAction.ESCALATED, "Escalated to " + target.getName() + ", reason " + reason.label()
                + ". Issue: " + handoff.issue(), before, e.auditStateWithTicket(), at);
        // history: records take it; nobody is told and no clock moves
        events.raise(new TicketEvent.Escalated(t, e, by.getDisplayName() + " escalated " + t.getNumber(), at, true));
        return e;
    }

    private void record(Ticket t, Agent actor, AuditAction action, String summary, Map<String, ?> before,
            Map<String, ?> after, Instant at) {
        audit.recordAt(AuditEntry.ticketChain(t.getNumber()), actor.getLoginName(), action, summary, before, after, at);
    }
}
