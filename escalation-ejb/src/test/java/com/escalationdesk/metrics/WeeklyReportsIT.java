package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.NotificationView;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.testing.BillingSpikes;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.SmtpServer;
import com.escalationdesk.testing.SmtpServer.Mail;
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
    BillingSpikes spikes;

    @Inject
    Notifications notifications;

    @Inject
    WeeklyReports reports;

    @Test
    void aWeekOfManyEscalationsWarnsTheTeamsManagersAndEachManagerGetsOneDigest() {
        SmtpServer.start();
        // about a quarter of the tickets through Frontline were escalated in each of the history's weeks
        spikes.escalateAndResolve(12);

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
}
