package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.directory.TeamOption;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.NotificationView;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.SmtpServer;
import com.escalationdesk.testing.SmtpServer.Mail;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Monday reports on Payara Micro with GreenMail as the SMTP server: a week in which Frontline
 * support sent on far more tickets than in the demo history's weeks warns its managers, and each
 * manager gets one digest a week. The demo users: alice (Frontline support), bob (Billing
 * specialists), maria (Frontline and Platform report to her), omar (Billing and Network).
 */
class WeeklyReportsIT extends OnAFreshDemoDesk {

    private static final String DOMAIN = "@escalationdesk.example";
    private static final String DIGEST = "Your week at the desk";

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    Notifications notifications;

    @Inject
    WeeklyReports reports;

    @Test
    void aWeekOfManyEscalationsWarnsTheTeamsManagersAndEachManagerGetsOneDigest() {
        SmtpServer.start();
        // about a quarter of the tickets through Frontline were escalated in each of the history's weeks
        for (int i = 0; i < 12; i++) {
            escalatedAndResolved("Spike " + i);
        }

        WeeklyReports.Run run = reports.runNow();

        assertThat(run.warnings()).isPositive();
        signIn.as("maria");
        assertThat(notifications.mine()).filteredOn(n -> n.kind() == NotificationKind.EARLY_WARNING)
                .extracting(NotificationView::message).anySatisfy(m -> assertThat(m)
                        .startsWith("Frontline support: Escalation rate ").contains("this week, above its usual range"));
        signIn.as("omar");
        assertThat(notifications.mine()).as("Frontline does not report to omar")
                .noneMatch(n -> n.kind() == NotificationKind.EARLY_WARNING && n.message().startsWith("Frontline support"));

        List<Mail> digest = SmtpServer.awaitSubject("maria" + DOMAIN, DIGEST, 1);
        assertThat(digest).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).matches(DIGEST + ": \\d+ resolved, escalation rate \\d+\\.\\d%");
            // SMTP carries lines ending in CR LF
            assertThat(mail.body().replace("\r\n", "\n")).contains("Your week at the desk (Frontline support, Platform engineering)",
                    "Escalation rate: ", "Early warnings: \n  - Frontline support: Escalation rate ",
                    "Exacerbation reviews waiting: ", "metrics/dashboard.xhtml");
        });
        assertThat(SmtpServer.awaitSubject("omar" + DOMAIN, DIGEST, 1)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("(Billing specialists, Network engineering)"));
        assertThat(SmtpServer.awaitSubject("david" + DOMAIN, DIGEST, 1)).as("a director's is the whole desk's").singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("(the whole desk)"));

        assertThat(reports.runNow()).as("once a week").isEqualTo(new WeeklyReports.Run(0, 0));
        assertThat(SmtpServer.awaitSubject("maria" + DOMAIN, DIGEST, 2)).hasSize(1);
    }

    private void escalatedAndResolved(String subject) {
        signIn.as("alice");
        CustomerOption customer = directory.findCustomers("Contoso").get(0);
        String number = tickets.open(new NewTicket(customer.id(), subject, "Needs Billing", Category.BILLING, Priority.NORMAL));
        TeamOption billing = directory.teams().stream().filter(t -> t.name().equals("Billing specialists")).findFirst()
                .orElseThrow();
        long e = escalations.escalate(new EscalationRequest(number, billing.id(), EscalationReason.KNOWLEDGE, "Refund",
                "Checked the order", "Decide the refund"));
        signIn.as("bob");
        escalations.accept(e);
        tickets.resolve(number, "Refunded.");
    }
}
