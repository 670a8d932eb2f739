package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.customer.StatusLinkSigner;
import com.escalationdesk.directory.CustomerAdmin;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.NewCustomer;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.SlaProbe;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.QueueQuery;
import com.escalationdesk.ticket.QueueScope;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.TicketDetails;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Service-level clocks and the sweep on Payara Micro, with the demo policies: Enterprise P1 (24x7:
 * first response 1 h, next update 2 h, resolution 8 h; warnings at 50% and 75%; a missed first
 * response goes to the team lead; a missed resolution goes to the next tier, then 2 h later to the
 * team lead and 4 h later to the department manager) and Standard (Berlin office hours). Time moves
 * through the test clock; the sweep runs when a test calls it (its minute timer may run too, which
 * changes nothing: every step fires once).
 */
class ServiceLevelsIT extends OnAFreshDemoDesk {

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Directory directory;

    @Inject
    AuditTrail audit;

    @Inject
    SlaSweep sweep;

    @Inject
    SlaSteps steps;

    @Inject
    SlaProbe probe;

    @Inject
    BusinessTimeCorrection correction;

    @Inject
    TestClock clock;

    @Inject
    ServiceLevelAdmin admin;

    @Inject
    CustomerAdmin customerAdmin;

    @Inject
    Escalations escalations;

    @Inject
    CustomerStatus customerStatus;

    @Inject
    StatusLinkSigner statusLinks;

    @Test
    void clocksStartAtIntakePauseWhileWaitingOnTheCustomerAndStopWhenMet() {
        signIn.as("alice");
        String number = openEnterpriseP1("Checkout API returns 502");

        TicketDetails opened = tickets.details(number);
        assertThat(opened.serviceLevels()).extracting(SlaClockView::kind)
                .containsExactly(SlaKind.FIRST_RESPONSE, SlaKind.RESOLUTION);
        SlaClockView firstResponse = opened.serviceLevels().get(0);
        assertThat(firstResponse.policy()).isEqualTo("Enterprise P1");
        assertThat(firstResponse.status()).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(Duration.between(firstResponse.startedAt(), firstResponse.dueAt())).isEqualTo(Duration.ofHours(1));

        clock.advance(Duration.ofMinutes(10));
        tickets.addNote(number, "We are looking at the gateway logs now.", NoteVisibility.INTERNAL);
        assertThat(tickets.details(number).serviceLevels()).extracting(SlaClockView::status)
                .as("an internal note is no response").containsExactly(SlaStatus.ON_TRACK, SlaStatus.ON_TRACK);

        tickets.waitOnCustomer(number, "Which payment provider does the checkout use?");
        clock.advance(Duration.ofHours(2));
        List<SlaClockView> waiting = tickets.details(number).serviceLevels();
        assertThat(waiting).extracting(SlaClockView::kind)
                .containsExactly(SlaKind.FIRST_RESPONSE, SlaKind.RESOLUTION, SlaKind.NEXT_UPDATE);
        assertThat(waiting).extracting(SlaClockView::status)
                .as("the question is the first response; the other clocks wait with the customer")
                .containsExactly(SlaStatus.MET, SlaStatus.PAUSED, SlaStatus.PAUSED);
        assertThat(waiting.get(1).dueAt()).isNull();
        assertThat(waiting.get(2).target()).isEqualTo("2 h");

        tickets.resume(number);
        SlaClock resumed = probe.clock(probe.clockId(number, SlaKind.RESOLUTION));
        List<ClockLedger.Stretch> ledger = resumed.getLedger();
        assertThat(ledger).extracting(ClockLedger.Stretch::running).containsExactly(true, false, true);
        Duration countedBeforePause = Duration.between(ledger.get(0).from(), ledger.get(0).until());
        assertThat(resumed.getDueAt()).as("the two paused hours do not count")
                .isEqualTo(ledger.get(2).from().plus(Duration.ofHours(8)).minus(countedBeforePause));

        tickets.addNote(number, "We have found the fault and are rolling out a fix.", NoteVisibility.PUBLIC);
        List<SlaClockView> replied = tickets.details(number).serviceLevels();
        assertThat(replied).extracting(SlaClockView::kind).containsExactly(SlaKind.FIRST_RESPONSE, SlaKind.RESOLUTION,
                SlaKind.NEXT_UPDATE, SlaKind.NEXT_UPDATE);
        assertThat(replied).extracting(SlaClockView::status).as("a reply gives the update owed and starts the next")
                .containsExactly(SlaStatus.MET, SlaStatus.ON_TRACK, SlaStatus.MET, SlaStatus.ON_TRACK);

        tickets.resolve(number, "Gateway certificate renewed.");
        assertThat(tickets.details(number).serviceLevels()).extracting(SlaClockView::status).containsOnly(SlaStatus.MET);
        tickets.reopen(number, "Errors are back since 14:00");
        assertThat(tickets.details(number).serviceLevels()).extracting(SlaClockView::kind, SlaClockView::status)
                .as("a reopen owes the customer a resolution and updates again").endsWith(
                        tuple(SlaKind.RESOLUTION, SlaStatus.ON_TRACK), tuple(SlaKind.NEXT_UPDATE, SlaStatus.ON_TRACK));
    }

    @Test
    void theSweepWarnsThenClimbsTheLadderFromTheTeamLeadToTheNextTierAndTheDepartmentManager() {
        signIn.as("alice");
        String number = openEnterpriseP1("Payment terminal firmware crashes");
        Instant opened = tickets.details(number).serviceLevels().get(0).startedAt();

        clock.advanceTo(opened.plus(Duration.ofMinutes(31)));
        sweep.sweep();
        assertThat(probe.notices(number)).as("50% of the first response: the assignee and her team lead")
                .contains("alice:SLA_AT_RISK", "lena:SLA_AT_RISK");
        assertThat(tickets.details(number).serviceLevels().get(0).status()).isEqualTo(SlaStatus.AT_RISK);

        clock.advanceTo(opened.plus(Duration.ofMinutes(61)));
        sweep.sweep();
        assertThat(probe.notices(number, NotificationKind.SLA_AT_RISK))
                .as("the 75% warning came due with the breach, which speaks for it").isEqualTo(2);
        assertThat(probe.notices(number)).contains("lena:SLA_BREACHED");
        assertThat(timeline(number)).anyMatch(e -> e.actor().equals("sla-monitor")
                && e.action().equals("Escalated automatically") && e.summary().contains("hierarchically to Lena Hoffmann"));
        assertThat(tickets.details(number).managementReviewSince()).as("the team lead has the case in view").isNotNull();

        clock.advanceTo(opened.plus(Duration.ofHours(8)).plusSeconds(30));
        sweep.sweep();
        TicketDetails escalated = tickets.details(number);
        assertThat(escalated.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(escalated.team()).as("the nearest higher tier owning technical tickets").isEqualTo("Platform engineering");
        EscalationView automatic = escalated.pending();
        assertThat(automatic.reason()).isEqualTo(EscalationReason.SLA_BREACH);
        assertThat(customerStatus.view(statusLinks.links().issue(number, clock.instant())).expectedResolution())
                .as("the customer is never promised a moment already past")
                .startsWith("the earliest possible time (our target was ").endsWith("; your case has our priority)");
        assertThat(automatic.requestedBy()).isEqualTo("SLA monitor");
        assertThat(timeline(number)).anyMatch(e -> e.action().equals("Escalated automatically")
                && e.summary().contains("to Platform engineering") && e.summary().contains("Enterprise P1")
                && e.summary().contains("Resolution breached"));

        clock.advanceTo(opened.plus(Duration.ofHours(10)).plusSeconds(30));
        sweep.sweep();
        assertThat(probe.notices(number)).as("+2 h: the lead of the team that now has it, told again")
                .filteredOn("maria:SLA_BREACHED"::equals).hasSize(2);
        clock.advanceTo(opened.plus(Duration.ofHours(12)).plusSeconds(30));
        sweep.sweep();
        assertThat(probe.notices(number)).as("+4 h: the department manager").contains("david:SLA_BREACHED");
        long automaticEscalations = timeline(number).stream().filter(e -> e.action().equals("Escalated automatically")).count();
        sweep.sweep();
        assertThat(timeline(number).stream().filter(e -> e.action().equals("Escalated automatically")).count())
                .as("a later sweep finds nothing more to do").isEqualTo(automaticEscalations).isEqualTo(4);
    }

    @Test
    void theQueueSortsByTheSoonestDueClockShowsItsTimeLeftAndPutsTicketsWithoutOneLast() {
        signIn.as("alice");
        String standard = tickets.open(new NewTicket(customer("Jane Doe").id(), "Sortcheck: wrong name on the contract",
                "Spelled Do instead of Doe.", Category.ACCOUNT, Priority.NORMAL, true));
        String urgent = openEnterpriseP1("Sortcheck: webshop checkout down");
        String unmeasured = tickets.open(new NewTicket(customer("Jane Doe").id(), "Sortcheck: thank-you note",
                "Nothing to do.", Category.GENERAL, Priority.LOW, true));
        tickets.resolve(unmeasured, "Thanked the customer.");
        tickets.reopen(unmeasured, "Customer wrote again");
        tickets.waitOnCustomer(unmeasured, "Anything else we can do?");

        List<TicketSummary> found = tickets.queue(new QueueQuery(QueueScope.MINE, 0, 10, "slaDueAt", true, "sortcheck"));
        assertThat(found).extracting(TicketSummary::number).as("due soonest first, a paused ticket last")
                .containsExactly(urgent, standard, unmeasured);
        assertThat(found.get(0).slaStatus()).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(found.get(0).slaTone()).isEqualTo("sla-ok");
        assertThat(found.get(0).slaRemaining()).as("the 60-minute first response, just started")
                .matches("(59 min|1 h) left");
        assertThat(found.get(2).slaDueAt()).isNull();
        assertThat(found.get(2).slaStatus()).as("its clocks wait on the customer").isEqualTo(SlaStatus.PAUSED);
        assertThat(found.get(2).slaRemaining()).endsWith(" left");
        assertThat(found.get(2).slaTone()).isEqualTo("sla-risk");
        assertThat(tickets.queue(new QueueQuery(QueueScope.MINE, 0, 10, "slaDueAt", false, "sortcheck")))
                .extracting(TicketSummary::number).as("latest due first, still without a due time last")
                .containsExactly(standard, urgent, unmeasured);

        List<Instant> dues = tickets.queue(new QueueQuery(QueueScope.MINE, 0, QueueQuery.MAX_PAGE, "slaDueAt", true, null))
                .stream().map(TicketSummary::slaDueAt).toList();
        int firstUndated = dues.indexOf(null);
        List<Instant> dated = firstUndated < 0 ? dues : dues.subList(0, firstUndated);
        assertThat(dated).isSorted();
        assertThat(dues.subList(dated.size(), dues.size())).containsOnlyNulls();
    }

    @Test
    void twoSweepsRacingForTheSameClockFireItsStepOnce() throws Exception {
        signIn.as("alice");
        String number = openEnterpriseP1("Loyalty points not credited");
        long clockId = probe.clockId(number, SlaKind.FIRST_RESPONSE);
        clock.advanceTo(probe.clock(clockId).getStartedAt().plus(Duration.ofMinutes(31)));
        Instant now = clock.instant();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> racers = List.of(pool.submit(() -> race(go, clockId, now)),
                    pool.submit(() -> race(go, clockId, now)));
            go.countDown();
            int fired = racers.get(0).get(60, TimeUnit.SECONDS) + racers.get(1).get(60, TimeUnit.SECONDS);
            assertThat(fired).isLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(probe.notices(number, NotificationKind.SLA_AT_RISK)).as("alice and lena, once each").isEqualTo(2);
        assertThat(timeline(number).stream().filter(e -> e.action().equals("Service level at risk")).count()).isEqualTo(1);
        assertThat(probe.clock(clockId).getStepsDone()).isEqualTo(1);
    }

    @Test
    void theIntakeReadsEveryCoveringPolicyWithEachOfItsStepsAndItsCalendarsHolidaysOnce() {
        // fetched together in one statement, the steps and holidays come as their cross product: none may repeat
        assertThat(probe.covering(CustomerSegment.STANDARD, Priority.NORMAL)).containsExactly("Standard: 3 steps, 5 holidays");
        assertThat(probe.covering(CustomerSegment.ENTERPRISE, Priority.URGENT)).containsExactlyInAnyOrder(
                "Enterprise P1: 7 steps, 0 holidays", "Urgent: 2 steps, 5 holidays", "Standard: 3 steps, 5 holidays");
    }

    @Test
    void aStandardTicketCountsOnlyBerlinOfficeHours() {
        signIn.as("alice");
        long jane = customer("Jane Doe").id();
        String number = tickets.open(new NewTicket(jane, "Bill shows an old address", "Please update it.",
                Category.ACCOUNT, Priority.NORMAL, true));
        SlaClockView firstResponse = tickets.details(number).serviceLevels().get(0);
        assertThat(firstResponse.policy()).isEqualTo("Standard");
        assertThat(firstResponse.calendar()).contains("Mon-Fri 08:00-18:00").contains("Europe/Berlin");
        Duration businessTime = probe.clock(probe.clockId(number, SlaKind.FIRST_RESPONSE)).getPolicy().getCalendar()
                .hours().between(firstResponse.startedAt(), firstResponse.dueAt());
        assertThat(businessTime).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void anAdminsChangeToAPolicyOrCalendarRecomputesTheOpenClocksFromTheirLedgersAndIsAudited() {
        signIn.as("adam");
        long lisbon = admin.createCalendar(new CalendarInput("Lisbon office", "Europe/Lisbon", false,
                "Mon-Fri 09:00-13:00 14:00-18:00", "2026-12-08, 2026-12-25"));
        long policy = admin.createPolicy(new SlaPolicyInput("Business P4", CustomerSegment.BUSINESS, Priority.LOW, 1L,
                null, null, 600, List.of(new SlaStepInput(null, SlaTrigger.PERCENT_OF_TARGET, 80,
                        SlaAction.NOTIFY_ASSIGNEE_AND_LEAD))));

        signIn.as("alice");
        String number = tickets.open(new NewTicket(customer("Contoso Pharmacy").id(), "Receipt printer font too small",
                "Cosmetic.", Category.GENERAL, Priority.LOW, true));
        SlaClockView before = tickets.details(number).serviceLevels().get(0);
        assertThat(before.policy()).isEqualTo("Business P4");
        assertThat(Duration.between(before.startedAt(), before.dueAt())).isEqualTo(Duration.ofHours(10));

        signIn.as("adam");
        assertThat(admin.updatePolicy(policy, new SlaPolicyInput("Business P4", CustomerSegment.BUSINESS, Priority.LOW,
                lisbon, null, null, 480, List.of(new SlaStepInput(SlaKind.RESOLUTION, SlaTrigger.PERCENT_OF_TARGET, 50,
                        SlaAction.NOTIFY_ASSIGNEE_AND_LEAD))))).isEqualTo(1);
        SlaClockView after = tickets.details(number).serviceLevels().get(0);
        assertThat(after.calendar()).contains("Europe/Lisbon");
        assertThat(after.startedAt()).isEqualTo(before.startedAt());
        assertThat(probe.clock(probe.clockId(number, SlaKind.RESOLUTION)).getPolicy().getCalendar().hours()
                .between(after.startedAt(), after.dueAt())).as("8 Lisbon business hours from the same start")
                .isEqualTo(Duration.ofHours(8));
        assertThat(admin.policies()).filteredOn(p -> p.name().equals("Business P4")).singleElement()
                .satisfies(p -> assertThat(p.ladder()).containsExactly(
                        "At 50% of the target (resolution): notify the assignee and the team lead"));

        assertThat(admin.updateCalendar(lisbon, new CalendarInput("Lisbon office", "Europe/Lisbon", false,
                "Mon-Sat 09:00-18:00", "2026-12-25"))).isEqualTo(1);
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Business calendar changed");
            assertThat(e.summary()).contains("Mon-Sat 09:00-18:00").contains("1 open clock recomputed");
        });

        assertThatThrownBy(() -> admin.createCalendar(new CalendarInput("lisbon OFFICE", "UTC", true, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("exists already");
        assertThatThrownBy(() -> admin.updateCalendar(lisbon, new CalendarInput("Lisbon office", "Europe/Lisbon", false,
                "Mon-Fri 9-17", null))).isInstanceOf(RuleViolation.class).hasMessageContaining("not a time range");
        assertThatThrownBy(() -> admin.updateCalendar(lisbon, new CalendarInput("Lisbon office", "Europe/Lisbon", false,
                "Mon-Fri 09:00-17:00", "Christmas"))).isInstanceOf(RuleViolation.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> admin.updateCalendar(1L, new CalendarInput("24x7", "UTC", false, "Mon 09:00-17:00", null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("stays round the clock");
    }

    @Test
    void raisingThePriorityCarriesTheCountedTimeToTheStricterPolicyAndTheSweepActsOnTheBreachAtOnce() {
        signIn.as("alice");
        String number = tickets.open(new NewTicket(customer("Northwind Traders").id(), "Retarget: order export hangs",
                "Nightly export has not finished.", Category.TECHNICAL, Priority.NORMAL, true));
        List<SlaClockView> standard = tickets.details(number).serviceLevels();
        assertThat(standard).extracting(SlaClockView::policy).containsOnly("Standard");
        Instant opened = standard.get(0).startedAt();

        clock.advance(Duration.ofMinutes(90));
        tickets.changePriority(number, Priority.URGENT);

        TicketDetails urgent = tickets.details(number);
        assertThat(urgent.priority()).isEqualTo(Priority.URGENT);
        assertThat(urgent.serviceLevels()).extracting(SlaClockView::kind, SlaClockView::policy, SlaClockView::status)
                .containsExactly(tuple(SlaKind.FIRST_RESPONSE, "Standard", SlaStatus.REPLACED),
                        tuple(SlaKind.RESOLUTION, "Standard", SlaStatus.REPLACED),
                        tuple(SlaKind.FIRST_RESPONSE, "Enterprise P1", SlaStatus.BREACHED),
                        tuple(SlaKind.RESOLUTION, "Enterprise P1", SlaStatus.ON_TRACK));
        SlaClockView firstResponse = urgent.serviceLevels().get(2);
        assertThat(firstResponse.startedAt()).as("the new clock counts from intake").isEqualTo(opened);
        assertThat(firstResponse.dueAt()).isEqualTo(opened.plus(Duration.ofHours(1)));
        assertThat(firstResponse.remaining()).isEqualTo("30 min over");
        assertThat(timeline(number)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Priority changed");
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.summary()).isEqualTo("Priority changed from P3 · Normal to P1 · Urgent; service levels now"
                    + " under policy Enterprise P1 (Enterprise · P1 · Urgent)");
        });

        sweep.sweep();
        assertThat(timeline(number)).filteredOn(e -> e.action().equals("Escalated automatically")).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("hierarchically to Lena Hoffmann")
                        .contains("First response breached"));
        assertThat(probe.notices(number, NotificationKind.SLA_AT_RISK)).as("the breach speaks for the warnings").isZero();

        tickets.changePriority(number, Priority.NORMAL);
        sweep.sweep();
        List<SlaClockView> lowered = tickets.details(number).serviceLevels();
        assertThat(lowered).extracting(SlaClockView::policy).containsExactly("Standard", "Standard", "Enterprise P1",
                "Enterprise P1", "Standard", "Standard");
        assertThat(lowered.subList(2, 4)).extracting(SlaClockView::status).containsOnly(SlaStatus.REPLACED);
        assertThat(lowered.get(4).startedAt()).isEqualTo(opened);
        assertThat(probe.clock(probe.clockId(number, SlaKind.FIRST_RESPONSE)).getNextStepAt())
                .as("Standard's first-response ladder ends at its 75% warning, below the breach already acted on").isNull();
        assertThat(timeline(number)).as("the breach is not acted on again")
                .filteredOn(e -> e.action().equals("Escalated automatically")).hasSize(1);

        assertThatThrownBy(() -> tickets.changePriority(number, Priority.NORMAL)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("is P3 · Normal already");
        tickets.resolve(number, "Export job restarted.");
        assertThatThrownBy(() -> tickets.changePriority(number, Priority.HIGH)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("reopen it to change its priority");
        assertThat(tickets.details(number).priority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void aCustomerMovedToAnotherSegmentHasTheServiceLevelsOfTheirOpenTicketsFollow() {
        signIn.as("alice");
        String urgent = tickets.open(new NewTicket(null, new NewCustomer("Retarget Bakery", "orders@retarget-bakery.test",
                CustomerSegment.STANDARD), "Retarget: card payments refused", "Every card since 07:00.",
                Category.BILLING, Priority.URGENT, true));
        long bakery = customer("Retarget Bakery").id();
        String low = tickets.open(new NewTicket(bakery, "Retarget: new logo on receipts", "When convenient.",
                Category.GENERAL, Priority.LOW, true));
        assertThat(tickets.details(urgent).serviceLevels()).extracting(SlaClockView::policy).containsOnly("Urgent");

        signIn.as("adam");
        assertThat(customerAdmin.customers("retarget bakery")).singleElement().satisfies(c -> {
            assertThat(c.segment()).isEqualTo(CustomerSegment.STANDARD);
            assertThat(c.timeZone()).isEqualTo("UTC");
            assertThat(c.openTickets()).isEqualTo(2);
        });
        assertThatThrownBy(() -> customerAdmin.change(bakery, CustomerSegment.ENTERPRISE, "Europe/Bakerstreet"))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("is not a time zone");
        assertThat(customerAdmin.customers("retarget bakery").get(0).segment()).as("nothing half-written")
                .isEqualTo(CustomerSegment.STANDARD);

        assertThat(customerAdmin.change(bakery, CustomerSegment.ENTERPRISE, "Europe/Vienna"))
                .as("only the P1 ticket is covered by another policy now").isEqualTo(1);

        signIn.as("alice");
        assertThat(tickets.details(urgent).serviceLevels()).extracting(SlaClockView::policy, SlaClockView::status)
                .endsWith(tuple("Enterprise P1", SlaStatus.ON_TRACK), tuple("Enterprise P1", SlaStatus.ON_TRACK));
        assertThat(tickets.details(low).serviceLevels()).extracting(SlaClockView::policy).containsOnly("Standard");
        assertThat(timeline(urgent)).last().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("adam");
            assertThat(e.action()).isEqualTo("Customer changed");
            assertThat(e.summary()).isEqualTo("Customer Retarget Bakery moved from Standard to Enterprise; service levels"
                    + " now under policy Enterprise P1 (Enterprise · P1 · Urgent)");
        });
        assertThat(timeline(low)).noneMatch(e -> e.action().equals("Customer changed"));
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Customer changed");
            assertThat(e.summary()).isEqualTo("Customer Retarget Bakery: Enterprise, times in Europe/Vienna;"
                    + " 1 open ticket moved to another service-level policy");
        });
    }

    @Test
    void aTicketEscalatedWhileItWaitsOnTheCustomerHasItsClocksRunAgain() {
        signIn.as("alice");
        String number = openEnterpriseP1("Card reader offline in the Leeds store");
        tickets.waitOnCustomer(number, "Which reader model is it?");
        assertThat(tickets.details(number).serviceLevels()).extracting(SlaClockView::status)
                .containsOnly(SlaStatus.MET, SlaStatus.PAUSED);

        long escalation = escalations.escalate(new EscalationRequest(number, team("Network engineering"),
                EscalationReason.KNOWLEDGE, "Card reader offline", "Asked the store for the reader's serial number",
                "Check the store's network"));
        assertThat(tickets.details(number).serviceLevels()).extracting(SlaClockView::status)
                .as("the question met the first response; the ticket is worked again, so the others run")
                .containsExactly(SlaStatus.MET, SlaStatus.ON_TRACK, SlaStatus.ON_TRACK);
        assertThat(probe.clock(probe.clockId(number, SlaKind.RESOLUTION)).getNextStepAt())
                .as("and the sweep will watch them").isNotNull();

        signIn.as("nina");
        escalations.accept(escalation);
        TicketDetails accepted = tickets.details(number);
        assertThat(accepted.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(accepted.serviceLevels()).extracting(SlaClockView::status)
                .containsExactly(SlaStatus.MET, SlaStatus.ON_TRACK, SlaStatus.ON_TRACK);
    }

    private long team(String name) {
        return directory.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private int race(CountDownLatch go, long clockId, Instant now) throws InterruptedException {
        go.await();
        try {
            return steps.fire(clockId, now);
        } catch (RuntimeException lostTheRace) {
            return 0;
        }
    }

    private String openEnterpriseP1(String subject) {
        return tickets.open(new NewTicket(customer("Northwind Traders").id(), subject,
                "Reported by the customer's operations centre.", Category.TECHNICAL, Priority.URGENT, true));
    }

    private CustomerOption customer(String name) {
        return directory.findCustomers(name).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private List<TimelineEntry> timeline(String number) {
        return audit.timeline(AuditEntry.ticketChain(number));
    }

    @Test
    void theFirstStartAfterTheBusinessTimeFixRecomputesTheOpenClocksOnceAndSaysHowManyMoved() {
        long misdated = probe.anyOpenClockWithADueTime();
        Instant right = probe.clock(misdated).getDueAt();
        probe.misdate(misdated, right.plus(Duration.ofDays(3)));
        probe.pendCorrection();

        assertThat(correction.correctWhenPending()).isEqualTo(1);
        assertThat(probe.clock(misdated).getDueAt()).isEqualTo(right);
        assertThat(audit.timeline(AuditEntry.CONFIGURATION_CHAIN)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("Business time corrected");
            assertThat(e.actor()).isEqualTo("sla-monitor");
            assertThat(e.summary()).containsPattern(" 1 of \\d+ open clocks recomputed from their ledgers got a new due time");
        });
        assertThat(correction.correctWhenPending()).as("it runs once").isEqualTo(-1);
    }
}
