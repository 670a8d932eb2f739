package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In Chromium: two agents open one ticket; each page shows that the other is there and when the other
 * is writing in the conversation, and when one changes the ticket the other's page warns, before a
 * change of theirs would be refused as stale.
 */
class TwoAgentsOnOneTicketIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void eachSeesTheOtherAndWhenTheOtherWritesAndTheOneWhoWaitedIsWarnedOfTheOthersChange() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        String number = NewTicketPage.open(alice).create("Jane Doe", "Voucher code refused at checkout",
                "The code from the newsletter is refused.", "Billing", "P3").number();

        Browser tom = browsers.open();
        tom.signInAs("tom");
        TicketPage tomsPage = TicketPage.open(tom, number);
        assertThat(tom.text(By.id("presenceOthers"))).isEqualTo("Alice Martin also has this ticket open.");

        // alice's page hears of tom at its next beat, without a reload
        alice.waitUntil(d -> !d.findElements(By.id("presenceOthers")).isEmpty());
        assertThat(alice.text(By.id("presenceOthers"))).isEqualTo("Tom Becker also has this ticket open.");

        // he starts a reply: his page says so at once, and hers hears it at its next beat
        tom.type(By.id("noteForm:noteBody"), "Dear Jane, the voucher");
        alice.waitUntil(d -> !d.findElements(By.id("presenceWriting")).isEmpty());
        assertThat(alice.text(By.id("presenceWriting"))).isEqualTo("Tom Becker is writing in the conversation.");

        tomsPage.changePriority("P2");
        alice.waitUntil(d -> !d.findElements(By.id("presenceChanged")).isEmpty());
        assertThat(alice.text(By.id("presenceChanged"))).startsWith("Tom Becker changed this ticket since you opened it: "
                + "Priority changed,").endsWith("Reload the ticket to see it before you change anything.");
        assertThat(tom.isPresent(By.id("presenceChanged"))).as("his own change is no news to him").isFalse();

        alice.clickAndWaitForPage(By.id("presenceReload"));
        assertThat(alice.text(By.id("ticketPriority"))).isEqualTo("P2 · High");
        assertThat(alice.isPresent(By.id("presenceChanged"))).isFalse();
    }
}
