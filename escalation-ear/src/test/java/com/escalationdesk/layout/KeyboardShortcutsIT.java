package com.escalationdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.QueuePage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** In Chromium: ? lists the shortcuts, / opens the finder, j and k move through a queue, r replies and e escalates. */
class KeyboardShortcutsIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAgentWorksTheQueueAndATicketFromTheKeyboard() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        QueuePage.open(alice).myQueue();

        alice.press("?");
        alice.waitUntil(d -> d.findElement(By.id("shortcutsDialog")).getAttribute("open") != null);
        assertThat(alice.text(By.id("shortcutsDialog"))).contains("Find tickets", "Reply to the customer", "Escalate");
        alice.press(Keys.ESCAPE);
        alice.waitUntil(d -> d.findElement(By.id("shortcutsDialog")).getAttribute("open") == null);

        alice.press("/");
        assertThat(alice.focusedId()).isEqualTo("headerSearchText");
        alice.press(Keys.ESCAPE);
        alice.runScript("document.activeElement.blur();");

        List<WebElement> links = alice.findAll(By.cssSelector("[id='queues:myQueueForm:myQueue_data'] a.ticket-link"));
        assertThat(links).hasSizeGreaterThan(1);
        String first = links.get(0).getText().strip();
        String second = links.get(1).getText().strip();
        alice.press("j");
        assertThat(currentRowTicket(alice)).isEqualTo(first);
        alice.press("j");
        assertThat(currentRowTicket(alice)).isEqualTo(second);
        alice.press("k");
        assertThat(currentRowTicket(alice)).isEqualTo(first);

        alice.press(Keys.ENTER);
        alice.waitUntil(d -> d.getCurrentUrl().contains("ticket/view.xhtml"));
        assertThat(alice.text(By.id("ticketNumber"))).isEqualTo(first);

        alice.press("r");
        assertThat(alice.focusedId()).isEqualTo("noteForm:noteBody");
        assertThat(alice.findAll(By.id("noteForm:noteVisibility:1")).get(0).isSelected()).as("a reply, not an internal note").isTrue();
        alice.runScript("document.activeElement.blur();");

        // her own open ticket, which she may escalate
        alice.press("e");
        alice.waitUntil(d -> d.findElement(By.id("escalateDialog")).isDisplayed());
    }

    /** Every control of the screens an agent works in most is reached with Tab alone, and shows it has the focus. */
    @Test
    void everyControlOfTheQueueTheTicketAndTheIntakeIsReachedWithTabAndShowsItsFocus() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        QueuePage.open(alice).myQueue();
        java.util.List<String> missed = new java.util.ArrayList<>();
        alice.whatTheKeyboardMisses().forEach(m -> missed.add("queues: " + m));
        String ticket = alice.findAll(By.cssSelector("[id='queues:myQueueForm:myQueue_data'] a.ticket-link")).get(0).getText().strip();
        alice.go("ticket/view.xhtml?number=" + ticket);
        alice.find(By.id("ticketNumber"));
        alice.whatTheKeyboardMisses().forEach(m -> missed.add("ticket: " + m));
        alice.go("ticket/new.xhtml");
        alice.find(By.tagName("h1"));
        alice.whatTheKeyboardMisses().forEach(m -> missed.add("new ticket: " + m));
        assertThat(missed).as("controls a keyboard user misses").isEmpty();
    }

    private static String currentRowTicket(Browser browser) {
        return browser.text(By.cssSelector("tr.desk-row-current a.ticket-link"));
    }
}
