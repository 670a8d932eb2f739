package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.EmailAndFilesPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium, with no mail server listening where the test server sends: a reply's email fails,
 * and the admin's outbox shows it as failed and tried again, with the reason, and not among the sent.
 */
class OutboxPageIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anEmailThatCouldNotGoIsShownAsFailedWithItsReason() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso Pharmacy", "Label printer jams",
                "The label printer jams on every second label.", "Technical", "P3");
        String number = ticket.number();
        ticket.replyToCustomer("We are sending a technician tomorrow morning.");

        Browser adam = browsers.open();
        adam.signInAs("adam");
        // the first attempt runs as soon as the reply is committed; the page is read again until it shows
        String[] row = new String[1];
        adam.waitUntil(d -> {
            List<String> failed = EmailAndFilesPage.open(adam).outboxShowing("Failed, tried again");
            row[0] = failed.stream().filter(r -> r.contains(number)).findFirst().orElse(null);
            return row[0] != null;
        });
        assertThat(row[0]).contains("it@contoso.example", number, "Failed, tried again (1 attempt)", "next attempt");
        assertThat(row[0]).containsAnyOf("Connection refused", "Couldn't connect", "connect");

        EmailAndFilesPage page = EmailAndFilesPage.open(adam);
        assertThat(page.outbox()).anyMatch(r -> r.contains(number));
        assertThat(page.outboxShowing("Sent")).noneMatch(r -> r.contains(number));
    }
}
