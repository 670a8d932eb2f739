package com.escalationdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.TimelineEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.escalation.EscalationReason;
import com.escalationdesk.escalation.EscalationRequest;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.sla.SlaClockView;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import com.escalationdesk.testing.OnAFreshDemoDesk;
import com.escalationdesk.testing.OutboxProbe;
import com.escalationdesk.testing.SignIn;
import com.escalationdesk.testing.SlaProbe;
import com.escalationdesk.testing.SmtpServer;
import com.escalationdesk.testing.SmtpServer.Mail;
import com.escalationdesk.testing.TestClock;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.NoteVisibility;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The customer's side, with GreenMail as the real SMTP server: the emails of each step from the
 * templates, the status page behind their signed link, replies, escalation requests and the
 * survey. The demo customer Contoso Pharmacy lives in Europe/Berlin.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerCommunicationIT extends OnAFreshDemoDesk {

    private static final String CONTOSO = "it@contoso.example";
    private static final String INTERNAL = "Card processor blames our reseller contract";

    @Inject
    SignIn signIn;

    @Inject
    Tickets tickets;

    @Inject
    Escalations escalations;

    @Inject
    Directory directory;

    @Inject
    CustomerStatus status;

    @Inject
    com.escalationdesk.knowledge.Knowledge knowledge;

    @Inject
    StatusLinkSigner statusLinks;

    @Inject
    CustomerEmails templates;

    @Inject
    AuditTrail audit;

    @Inject
    OutboxProbe outbox;

    @Inject
    SlaProbe probe;

    @Inject
    TestClock clock;

    @Inject
    AppSecrets secrets;

    @Test
    @Order(1)
    void theCustomerHearsOfEachStepInTheirTimeZoneButNeverOfAnInternalNote() {
        SmtpServer.start();
        signIn.as("alice");
        String number = open("Refund of a double charge");
        Mail received = SmtpServer.await(number, CONTOSO, 1).get(0);
        assertThat(received.subject()).isEqualTo("[" + number + "] We have received your request: Refund of a double charge");
        assertThat(received.body()).contains("Dear Contoso Pharmacy", "is now case " + number,
                "(Europe/Berlin) at the latest", "/escalation-desk/status.xhtml?t=" + number + ".");

        tickets.addNote(number, INTERNAL, NoteVisibility.INTERNAL);
        assertThat(outbox.about(number)).filteredOn(m -> m.getToAddress().equals(CONTOSO)).as("an internal note is not news")
                .hasSize(1);
        tickets.addNote(number, "We see both charges and are on it.", NoteVisibility.PUBLIC);
        escalations.escalate(new EscalationRequest(number, team("Billing specialists"), EscalationReason.AUTHORITY,
                "Double capture", "Checked the payment log", "Refund one capture"));
        signIn.as("bob");
        escalations.accept(tickets.details(number).pending().id());
        tickets.waitOnCustomer(number, "Which card did you pay with?");
        tickets.resolve(number, "Refunded the second capture of 49.90 EUR.");

        List<Mail> mails = SmtpServer.await(number, CONTOSO, 5);
        assertThat(mails).extracting(Mail::subject).as("sent concurrently, so in any order; the question asked while"
                + " waiting on the customer is one email, not a reply and a notice").containsExactlyInAnyOrder(
                "[" + number + "] We have received your request: Refund of a double charge",
                "[" + number + "] Our reply: Refund of a double charge",
                "[" + number + "] Your case is now with our specialists",
                "[" + number + "] We need your answer: Refund of a double charge",
                "[" + number + "] Resolved: Refund of a double charge");
        assertThat(mail(mails, "Our reply")).extracting(Mail::body).anySatisfy(body -> assertThat(body)
                .contains("We see both charges and are on it.", "Your case " + number + " is being worked on"));
        assertThat(mail(mails, "Your case is now").get(0).body()).contains("now with our specialists (our specialists)",
                "(Europe/Berlin)");
        assertThat(mail(mails, "We need your answer").get(0).body()).contains("Which card did you pay with?");
        assertThat(mail(mails, "Resolved").get(0).body()).contains("Refunded the second capture of 49.90 EUR.",
                "status.xhtml?t=" + number + ".", "#survey");
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.body()).doesNotContain(INTERNAL);
            assertThat(m.from()).isEqualTo("desk@escalation-desk.test");
        });
    }

    private static List<Mail> mail(List<Mail> mails, String subjectPart) {
        return mails.stream().filter(m -> m.subject().contains(subjectPart)).toList();
    }

    @Test
    @Order(2)
    void theStatusPageShowsThePublicCaseAndTheCustomersAnswerResumesTheClock() {
        SmtpServer.start();
        signIn.as("alice");
        String number = open("Loyalty points missing");
        tickets.addNote(number, INTERNAL, NoteVisibility.INTERNAL);
        tickets.waitOnCustomer(number, "Could you send us the receipt number?");
        String token = token(mail(SmtpServer.await(number, CONTOSO, 2), "We need your answer").get(0).body());
        signIn.out();

        StatusPage page = status.view(token);
        assertThat(page.ticketNumber()).isEqualTo(number);
        assertThat(page.status()).isEqualTo("waiting for your answer");
        assertThat(page.stage()).isEqualTo("Frontline support");
        assertThat(page.expectedResolution()).isEqualTo("soon after your answer reaches us");
        assertThat(page.conversation()).extracting(StatusPage.Message::body)
                .containsExactly("About: Loyalty points missing", "Could you send us the receipt number?");
        assertThat(page.conversation().get(1).from()).isEqualTo("Alice Martin (support)");

        StatusPage answered = status.reply(token, "Receipt 4711, from the Main Street store.");
        assertThat(answered.status()).isEqualTo("being worked on");
        assertThat(answered.expectedResolution()).endsWith("(Europe/Berlin)");
        assertThat(answered.conversation()).extracting(StatusPage.Message::from).last().isEqualTo("Contoso Pharmacy");
        signIn.as("alice");
        assertThat(tickets.details(number).status()).isEqualTo(TicketStatus.OPEN);
        assertThat(tickets.details(number).serviceLevels()).extracting(SlaClockView::status).as("the clocks run again")
                .doesNotContain(SlaStatus.PAUSED);
        assertThat(probe.notices(number)).contains("alice:" + NotificationKind.CUSTOMER_REPLIED.name());
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).anyMatch(e -> e.actor().equals("customer-portal")
                && e.summary().startsWith("Contoso Pharmacy wrote on the status page, which resumed the case"));

        assertThatThrownBy(() -> status.view(token.replace(number, "ESC-10001"))).isInstanceOf(NotFound.class)
                .hasMessage(CustomerStatus.NOT_VALID);
        assertThatThrownBy(() -> status.view("not-a-token")).isInstanceOf(NotFound.class).hasMessage(CustomerStatus.NOT_VALID);
        assertThatThrownBy(() -> status.reply(token, "  ")).isInstanceOf(RuleViolation.class);
    }

    @Test
    @Order(3)
    void askingForEscalationBecomesADissatisfactionRequestThePolicyRoutes() {
        SmtpServer.start();
        signIn.as("alice");
        String number = open("Charged after cancelling");
        String token = token(SmtpServer.await(number, CONTOSO, 1).get(0).body());
        signIn.out();

        StatusPage asked = status.askForEscalation(token, "Third time I write about this charge.");
        assertThat(asked.escalationNotice()).contains("being handed to Billing specialists");
        assertThat(asked.canAskForEscalation()).isFalse();
        assertThatThrownBy(() -> status.askForEscalation(token, "Again")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("We already have your request");
        signIn.as("bob");
        EscalationView request = tickets.details(number).pending();
        assertThat(request.reason()).isEqualTo(EscalationReason.DISSATISFACTION);
        assertThat(request.requestedBy()).isEqualTo("Customer (status page)");
        assertThat(probe.notices(number)).contains("bob:" + NotificationKind.ESCALATION_RECEIVED.name());

        escalations.accept(request.id());
        signIn.out();
        assertThat(status.askForEscalation(token, "Still not refunded.").escalationNotice())
                .as("the policy sends Tier 2 on to the experts").contains("being handed to Platform engineering");
        signIn.as("erik");
        escalations.accept(tickets.details(number).pending().id());
        signIn.out();
        StatusPage review = status.askForEscalation(token, "I want to speak to a manager.");
        assertThat(review.stage()).as("no team above the experts, so the team's leads review it")
                .isEqualTo("Management review");
        assertThat(review.escalationNotice()).contains("a team lead is reviewing your case");
        signIn.as("erik");
        assertThat(probe.notices(number)).contains("maria:" + NotificationKind.ESCALATION_RECEIVED.name());
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).filteredOn(e -> e.actor().equals("customer-portal"))
                .extracting(e -> e.action()).containsOnly("Customer asked for escalation").hasSize(3);
    }

    @Test
    @Order(4)
    void aResolvedCaseIsRatedAndAnAnswerReopensIt() {
        SmtpServer.start();
        signIn.as("alice");
        String number = open("Receipt printer offline");
        tickets.resolve(number, "Restarted the print server.");
        String token = token(mail(SmtpServer.await(number, CONTOSO, 2), "Resolved").get(0).body());
        signIn.out();

        assertThatThrownBy(() -> status.rate(token, 7, null)).isInstanceOf(RuleViolation.class)
                .hasMessage("Choose from 1 (poor) to 5 (excellent).");
        assertThatThrownBy(() -> status.rate(token, null, null, 8)).isInstanceOf(RuleViolation.class)
                .hasMessage("Choose how easy it was from 1 (very hard) to 7 (very easy).");
        assertThatThrownBy(() -> status.rate(token, null, "just a comment", null)).isInstanceOf(RuleViolation.class)
                .hasMessage("Choose how satisfied you are, or how easy it was, or both.");
        StatusPage rated = status.rate(token, 4, "Quick, thanks");
        assertThat(rated.rating()).isEqualTo(4);
        assertThat(status.rate(token, null, null, 6).effort()).as("the effort answer joins the rating").isEqualTo(6);
        StatusPage reopened = status.reply(token, "It is offline again since this morning.");
        assertThat(reopened.status()).isEqualTo("reopened, being worked on again");
        assertThat(reopened.canRate()).isFalse();
        assertThat(SmtpServer.await(number, CONTOSO, 3)).extracting(Mail::subject)
                .contains("[" + number + "] Reopened: Receipt printer offline");
        signIn.as("alice");
        assertThat(probe.notices(number)).contains("alice:" + NotificationKind.TICKET_REOPENED.name());

        // resolved again: asked anew, with the first answers kept
        tickets.resolve(number, "Replaced the print server's network card.");
        signIn.out();
        StatusPage again = status.rate(token, 2, "Took two tries", 3);
        assertThat(again.rating()).isEqualTo(2);
        signIn.as("alice");
        assertThat(tickets.details(number).feedback()).extracting(f -> f.resolution() + ": " + f.describe())
                .containsExactly("1: satisfaction 4/5, effort 6/7: Quick, thanks",
                        "2: satisfaction 2/5, effort 3/7: Took two tries");
        assertThat(audit.timeline(AuditEntry.ticketChain(number))).extracting(TimelineEntry::summary)
                .contains("Contoso Pharmacy rated resolution 2: satisfaction 2/5, effort 3/7: Took two tries");
    }

    @Test
    @Order(5)
    void theAdminRewordsAnEmailAndAnUnknownPlaceholderIsRefused() {
        SmtpServer.start();
        signIn.as("adam");
        CustomerEmailRow received = templates.templates().get(0);
        assertThat(received.event()).isEqualTo(CustomerEvent.RECEIVED);
        assertThatThrownBy(() -> templates.change(CustomerEvent.RECEIVED, "Got {{tikcet}}", received.body()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("{{tikcet}}, which is not known");
        templates.change(CustomerEvent.RECEIVED, "Got it: {{ticket}}", "Hello {{customer}}, we reply by {{firstResponseDue}}."
                + "\nYour case: {{statusLink}}");
        signIn.as("alice");
        String number = open("Coupon code rejected");
        Mail mail = SmtpServer.await(number, CONTOSO, 1).get(0);
        assertThat(mail.subject()).isEqualTo("Got it: " + number);
        assertThat(mail.body()).startsWith("Hello Contoso Pharmacy, we reply by ");
        signIn.as("adam");
        templates.change(CustomerEvent.RECEIVED, received.subject(), received.body());
    }

    @Test
    @Order(6)
    void anExpiredLinkShowsNothingOfTheCase() {
        SmtpServer.start();
        signIn.as("alice");
        String number = open("Old case");
        String token = token(SmtpServer.await(number, CONTOSO, 1).get(0).body());
        clock.advance(Duration.ofDays(91));
        signIn.out();
        assertThatThrownBy(() -> status.view(token)).isInstanceOf(NotFound.class).hasMessage(CustomerStatus.EXPIRED);
    }

    @Test
    @Order(7)
    void serversMakingTheSameSecretAtOnceAllEndUpWithTheOneStoredFirst() throws Exception {
        String name = "race-" + System.nanoTime();
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                made.add(pool.submit(() -> {
                    go.await();
                    return secrets.secret(name);
                }));
            }
            go.countDown();
            Set<String> seen = new HashSet<>();
            for (Future<String> m : made) {
                seen.add(m.get(60, TimeUnit.SECONDS));
            }
            assertThat(seen).as("one secret, and no racer failed").hasSize(1);
            assertThat(Base64.getDecoder().decode(seen.iterator().next())).hasSize(32);
            assertThat(secrets.stored(name)).contains(seen.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(8)
    void theStatusPageSuggestsUpToThreeHelpArticlesWrittenForCustomersOnly() {
        signIn.as("alice");
        String number = open("Router keeps restarting by itself");
        String token = statusLinks.links().issue(number, clock.instant());
        signIn.out();

        StatusPage page = status.view(token);

        assertThat(page.help()).hasSizeBetween(1, 3);
        assertThat(page.help()).first().extracting(StatusPage.HelpLink::title).isEqualTo("Router keeps restarting by itself");
        page.help().forEach(h -> assertThat(knowledge.customerArticle(h.number())).as("validated, for customers").isNotNull());
    }

    private String open(String subject) {
        long contoso = directory.findCustomers("Contoso Pharmacy").stream().filter(c -> c.name().equals("Contoso Pharmacy")).findFirst()
                .orElseThrow().id();
        return tickets.open(new NewTicket(contoso, subject, "About: " + subject, Category.BILLING, Priority.NORMAL, true));
    }

    private long team(String name) {
        return directory.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    static String token(String body) {
        Matcher m = Pattern.compile("status\\.xhtml\\?t=([A-Za-z0-9._-]+)").matcher(body);
        assertThat(m.find()).as("a status link in:\n%s", body).isTrue();
        return m.group(1);
    }
}
