package com.escalationdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DecisionRequestView;
import com.escalationdesk.approval.NewDecisionRequest;
import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.mail.MailRetry;
import com.escalationdesk.mail.OutboundMail;
import com.escalationdesk.sla.SlaSweep;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.OutboxProbe;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.SmtpServer;
import com.escalationdesk.testing.SmtpServer.Mail;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Notifications in the app and by email, through the deployment's mail session to GreenMail as a
 * real SMTP server. The last test moves the clock ahead by days, so it runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsByEmailIT extends OnAFreshDemoDesk {

    private static final String DOMAIN = "@escalationdesk.example";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Approvals approvals;

    @Inject
    Directory directory;

    @Inject
    Notifications notifications;

    @Inject
    NotificationSettings settings;

    @Inject
    OutboxProbe outbox;

    @Inject
    MailRetry mailRetry;

    @Inject
    SlaSweep sweep;

    @Inject
    TestClock clock;

    @Test
    @Order(1)
    void anEscalationEmailsTheReceivingTeamAndAReturnEmailsTheAgentWhoSentIt() {
        SmtpServer.start();
        signIn.as("alice");
        String number = newTicket("Invoice shows a second charge", Category.BILLING, Priority.NORMAL);
        long escalation = escalations.escalate(new EscalationRequest(number, team("Billing specialists"),
                EscalationReason.AUTHORITY, "Duplicate capture", "Checked the payment log", "Refund one capture"));

        List<Mail> toBob = SmtpServer.await(number, "bob" + DOMAIN, 1);
        assertThat(toBob).hasSize(1);
        Mail received = toBob.get(0);
        assertThat(received.from()).isEqualTo("desk@escalation-desk.test");
        assertThat(received.subject()).isEqualTo("[" + number + "] Escalation received");
        assertThat(received.body()).contains("Hello Bob Nakamura", "Alice Martin (Frontline support) escalated " + number,
                "Needed: Refund one capture", "/escalation-desk/ticket/view.xhtml?number=" + number,
                "/escalation-desk/notification-settings.xhtml");
        signIn.as("bob");
        assertThat(notifications.mine()).anyMatch(n -> n.kind() == NotificationKind.ESCALATION_RECEIVED
                && number.equals(n.ticketNumber()) && !n.read());

        escalations.returnToSender(escalation, "A refund under 50 EUR is yours to make");
        List<Mail> toAlice = SmtpServer.await(number, "alice" + DOMAIN, 1);
        assertThat(toAlice).extracting(Mail::subject).containsExactly("[" + number + "] Escalation returned");
        assertThat(toAlice.get(0).body()).contains("Billing specialists returned " + number,
                "A refund under 50 EUR is yours to make");
        assertThat(SmtpServer.received(number, "tom" + DOMAIN)).as("only the agent who escalated").isEmpty();
    }

    @Test
    @Order(2)
    void approvalNeededReachesEachStepsApproversAndAMutedEventStaysInTheApp() {
        SmtpServer.start();
        signIn.as("alice");
        String number = newTicket("Refund for a cancelled annual plan", Category.BILLING, Priority.NORMAL);
        DecisionRequestView request = approvals.request(new NewDecisionRequest(number, "REFUND", new BigDecimal("1200.00"),
                "EUR", "Cancelled within the notice period"));

        assertThat(SmtpServer.await(number, "lena" + DOMAIN, 1)).extracting(Mail::subject)
                .containsExactly("[" + number + "] Approval needed");
        assertThat(SmtpServer.received(number, "maria" + DOMAIN)).as("the manager step is not reached yet").isEmpty();

        signIn.as("lena");
        approvals.approve(request.id(), "Within the notice period");
        assertThat(SmtpServer.await(number, "maria" + DOMAIN, 1)).extracting(Mail::body).singleElement().asString()
                .contains("was approved by Lena Hoffmann", "now needs you");
        assertThat(SmtpServer.await(number, "omar" + DOMAIN, 1)).hasSize(1);
        assertThat(SmtpServer.await(number, "alice" + DOMAIN, 1)).extracting(Mail::subject)
                .containsExactly("[" + number + "] Approval decided");

        signIn.as("alice");
        EnumSet<NotificationKind> allButDecisions = EnumSet.allOf(NotificationKind.class);
        allButDecisions.remove(NotificationKind.DECISION_DECIDED);
        settings.save(allButDecisions, null);
        assertThat(settings.mine().emailed()).doesNotContain(NotificationKind.DECISION_DECIDED);
        signIn.as("maria");
        approvals.approve(request.id(), "Goodwill");
        signIn.as("alice");
        assertThat(notifications.mine()).filteredOn(n -> number.equals(n.ticketNumber())
                && n.kind() == NotificationKind.DECISION_DECIDED).as("the bell still rings").hasSize(2);
        assertThat(outbox.about(number)).filteredOn(m -> m.getToAddress().equals("alice" + DOMAIN))
                .as("but no second email").hasSize(1);
        settings.save(EnumSet.allOf(NotificationKind.class), null);
    }

    @Test
    @Order(3)
    void aFailedSendNeitherBlocksNorRollsBackTheOperationAndIsRetried() {
        SmtpServer.stop();
        signIn.as("alice");
        String number = newTicket("Refund not received", Category.BILLING, Priority.NORMAL);
        escalations.escalate(new EscalationRequest(number, team("Billing specialists"), EscalationReason.AUTHORITY,
                "Refund missing", "Checked the bank statement", "Trace the refund"));
        assertThat(tickets.details(number).status()).as("the escalation stands").isEqualTo(TicketStatus.ESCALATED);

        OutboundMail failed = awaitAttempt(number, "bob" + DOMAIN);
        assertThat(failed.getSentAt()).isNull();
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isAfter(clock.instant());

        SmtpServer.start();
        clock.advance(Duration.ofMinutes(2));
        mailRetry.sendDue();
        assertThat(SmtpServer.await(number, "bob" + DOMAIN, 1)).extracting(Mail::subject)
                .containsExactly("[" + number + "] Escalation received");
        OutboundMail sent = mailTo(number, "bob" + DOMAIN);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getAttempts()).isEqualTo(2);
    }

    /**
     * Alice works by the Berlin office's hours; Lena has no hours of her own. A round-the-clock
     * Enterprise P1 ticket opened on a Saturday night: its warning emails Lena at once (24x7) and
     * Alice on Monday morning, and its breach emails Lena at once. A business-hours ticket whose
     * warning the sweep catches up with on Saturday emails on Monday morning too.
     */
    @Test
    @Order(4)
    void remindersWaitForWorkingHoursWhileRoundTheClockBreachesGoAtOnce() {
        SmtpServer.start();
        LocalDate saturday = nextQuietWeekend();
        Instant fridayMorning = saturday.minusDays(1).atTime(11, 0).atZone(BERLIN).toInstant();
        Instant saturdayNight = saturday.atTime(23, 0).atZone(BERLIN).toInstant();
        Instant mondayMorning = saturday.plusDays(2).atTime(8, 0).atZone(BERLIN).toInstant();
        signIn.as("alice");
        settings.save(EnumSet.allOf(NotificationKind.class), calendar("Berlin office"));

        clock.advanceTo(fridayMorning);
        String standard = tickets.open(new NewTicket(customer("Jane Doe"), "Contract shows the wrong name",
                "Spelled Do instead of Doe.", Category.ACCOUNT, Priority.NORMAL, true));
        String settled = tickets.open(new NewTicket(customer("Jane Doe"), "Invoice copy wanted",
                "Needs a copy of the October invoice.", Category.ACCOUNT, Priority.NORMAL, true));

        clock.advanceTo(saturdayNight);
        sweep.sweep();
        assertThat(outbox.about(standard)).filteredOn(m -> m.getToAddress().endsWith(DOMAIN))
                .as("the Friday 17:00 warning, caught up with on Saturday (the customer's own emails aside)").isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.getNextAttemptAt()).isEqualTo(mondayMorning);
                    assertThat(m.getSentAt()).isNull();
                });
        assertThat(outbox.about(settled)).filteredOn(m -> m.getToAddress().endsWith(DOMAIN)).isNotEmpty();
        tickets.resolve(settled, "Sent the invoice copy from home on Saturday.");

        String p1 = tickets.open(new NewTicket(customer("Northwind Traders"), "Checkout down for all stores",
                "Reported by the customer's operations centre.", Category.TECHNICAL, Priority.URGENT, true));
        clock.advance(Duration.ofMinutes(31));
        sweep.sweep();
        assertThat(SmtpServer.await(p1, "lena" + DOMAIN, 2)).extracting(Mail::subject).as("and the policy's alert")
                .containsExactlyInAnyOrder("[" + p1 + "] Escalation policy", "[" + p1 + "] Service level at risk");
        assertThat(mailTo(p1, "alice" + DOMAIN).getNextAttemptAt()).as("Alice's own hours").isEqualTo(mondayMorning);
        signIn.as("alice");
        assertThat(notifications.mine()).as("the bell does not wait").anyMatch(n -> p1.equals(n.ticketNumber())
                && n.kind() == NotificationKind.SLA_AT_RISK);

        clock.advance(Duration.ofMinutes(30));
        sweep.sweep();
        assertThat(SmtpServer.await(p1, "lena" + DOMAIN, 3)).extracting(Mail::subject)
                .contains("[" + p1 + "] Service level breached");
        assertThat(SmtpServer.received(p1, "alice" + DOMAIN)).isEmpty();

        clock.advanceTo(mondayMorning);
        while (mailRetry.sendDue() > 0) {
            // every demo ticket's deferred reminders are due now as well
        }
        assertThat(SmtpServer.await(p1, "alice" + DOMAIN, 1)).extracting(Mail::subject)
                .contains("[" + p1 + "] Service level at risk");
        assertThat(SmtpServer.await(standard, "lena" + DOMAIN, 1)).extracting(Mail::subject)
                .contains("[" + standard + "] Service level at risk");
        assertThat(SmtpServer.received(settled, "lena" + DOMAIN)).as("resolved before Monday: the warning is moot")
                .isEmpty();
        assertThat(outbox.about(settled)).filteredOn(m -> m.getToAddress().endsWith(DOMAIN)).allSatisfy(m -> {
            assertThat(m.getSentAt()).isNull();
            assertThat(m.getLastError()).startsWith("Withdrawn: the service level it warned of was met");
        });
    }

    /** The next Saturday whose Friday and Monday are working days in the Berlin office (not around Christmas). */
    private LocalDate nextQuietWeekend() {
        LocalDate saturday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1)
                .with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        while (saturday.getMonthValue() == 12 && saturday.getDayOfMonth() >= 20
                || saturday.getMonthValue() == 1 && saturday.getDayOfMonth() <= 3) {
            saturday = saturday.plusWeeks(1);
        }
        return saturday;
    }

    private OutboundMail awaitAttempt(String number, String to) {
        Instant deadline = Instant.now().plusSeconds(10);
        OutboundMail mail = mailTo(number, to);
        while ((mail == null || mail.getAttempts() == 0 || mail.getLastError() == null) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            mail = mailTo(number, to);
        }
        assertThat(mail).isNotNull();
        assertThat(mail.getAttempts()).isEqualTo(1);
        return mail;
    }

    private OutboundMail mailTo(String number, String to) {
        return outbox.about(number).stream().filter(m -> m.getToAddress().equals(to)).findFirst().orElse(null);
    }

    private String newTicket(String subject, Category category, Priority priority) {
        return tickets.open(new NewTicket(customer("Contoso Pharmacy"), subject, "About: " + subject, category, priority, true));
    }

    private long customer(String name) {
        return directory.findCustomers(name).stream().filter(c -> c.name().equals(name)).findFirst().map(CustomerOption::id)
                .orElseThrow();
    }

    private long team(String name) {
        return directory.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Long calendar(String name) {
        return settings.mine().calendars().stream().filter(c -> c.label().startsWith(name + ":")).findFirst()
                .orElseThrow().id();
    }
}
