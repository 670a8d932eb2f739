package com.escalationdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: a team lead shares a canned reply with the team, an agent keeps one of her own, and
 * the shared one goes into a reply filled from the ticket.
 */
class CannedRepliesIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aTeamLeadSharesAReplyAndAnAgentInsertsItFilledFromTheTicket() {
        String title = "Refund on its way " + Long.toString(System.nanoTime(), 36);
        Browser lena = browsers.open();
        lena.signInAs("lena");
        lena.go("ticket/canned-replies.xhtml");
        lena.type(By.id("cannedForm:title"), title);
        lena.type(By.id("cannedForm:body"), "Dear {{customer}}, the refund for {{ticket}} is on its way. {{firstname}}");
        lena.click(By.cssSelector("[id='cannedForm:shared'] .ui-chkbox-box"));
        lena.clickAndWaitForPage(By.id("cannedForm:saveCanned"));
        assertThat(lena.text(By.cssSelector("#messages .ui-messages-error-summary")))
                .startsWith("Unknown placeholder {{firstname}}: a reply may hold {{customer}}, {{ticket}}, {{subject}}, {{agent}}");
        lena.type(By.id("cannedForm:body"), "Dear {{customer}}, the refund for {{ticket}} ({{subject}}) is on its way.\n\n{{agent}}");
        lena.clickAndWaitForPage(By.id("cannedForm:saveCanned"));
        assertThat(lena.text(By.cssSelector("#messages .ui-messages-info-summary"))).isEqualTo("Canned reply “" + title + "” saved for your team.");

        Browser alice = browsers.open();
        alice.signInAs("alice");
        alice.go("ticket/canned-replies.xhtml");
        List<String> rows = alice.texts(By.cssSelector("[id='repliesForm:replies'] tbody tr"));
        assertThat(rows).anyMatch(r -> r.startsWith(title) && r.contains("Shared with Frontline support") && !r.contains("Edit"));
        alice.type(By.id("cannedForm:title"), "Thanks " + title);
        alice.type(By.id("cannedForm:body"), "Thank you, {{customer}}.");
        assertThat(alice.isPresent(By.id("cannedForm:shared"))).as("only a team lead shares").isFalse();
        alice.clickAndWaitForPage(By.id("cannedForm:saveCanned"));
        assertThat(alice.texts(By.cssSelector("[id='repliesForm:replies'] tbody tr")))
                .anyMatch(r -> r.startsWith("Thanks " + title) && r.contains("Yours"));

        TicketPage ticket = NewTicketPage.open(alice).create("Jane Doe", "Refund for the broken kettle",
                "The kettle arrived broken.", "Billing", "P3");
        String number = ticket.number();
        alice.click(By.cssSelector("label[for='noteForm:noteVisibility:1']"));
        alice.type(By.id("noteForm:noteBody"), "Hello again.");
        new Select(alice.find(By.id("cannedReply"))).selectByVisibleText(title + " (team)");
        assertThat(alice.find(By.id("noteForm:noteBody")).getAttribute("value")).isEqualTo("Hello again.\n\nDear Jane Doe, the refund for "
                + number + " (Refund for the broken kettle) is on its way.\n\nAlice Martin");
        alice.clickAndWaitForPage(By.id("noteForm:addNote"));
        assertThat(ticket.conversation()).last().asString().startsWith("Reply · sent to the customer Alice Martin")
                .contains("Dear Jane Doe, the refund for " + number);
    }
}
