package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.DirectoryPage;
import com.escalationdesk.browser.FinderPage;
import com.escalationdesk.browser.LoginPage;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In Chromium: the dashboard's figures for a desk small enough to count by hand. A new agent works
 * four tickets through the screens, and their manager's dashboard, cut to that agent, shows what the
 * README's definitions give for those four and nothing else.
 */
public class DashboardFiguresIT {

    /** The start of the new agent's login: they join maria's people on the shared server (see {@code SignInIT}). */
    public static final String AGENT_LOGIN_PREFIX = "kim";

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theDashboardCutToAnAgentShowsTheFiguresOfTheirFourResolutionsCountedByHand() {
        // a login of its own, so that a second run on the same server starts from nothing too
        String login = AGENT_LOGIN_PREFIX + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        Browser adam = browsers.open();
        adam.signInAs("adam");
        DirectoryPage.open(adam).createAgent(login, "Kim Lindqvist", login + "@escalationdesk.example",
                "Frontline support", "Maria Rossi", "frontline-2026!");

        Browser kim = browsers.open();
        LoginPage.open(kim).signIn(login, "frontline-2026!");

        // 1. one reply and resolved: first contact, and one-touch
        TicketPage oneTouch = NewTicketPage.open(kim).create("Jane Doe", "Invoice copy", "Please send a copy of invoice 4411.",
                "Billing", "P3");
        String oneTouchNumber = oneTouch.number();
        oneTouch.replyToCustomer("The copy of invoice 4411 is attached to this reply.");
        oneTouch.resolve("Sent the copy.");

        // 2. two replies and resolved: first contact, not one-touch
        TicketPage twoReplies = NewTicketPage.open(kim).create("Jane Doe", "Router blinks red", "The router blinks red since noon.",
                "Technical", "P3");
        String twoRepliesNumber = twoReplies.number();
        twoReplies.replyToCustomer("Please unplug the router for a minute.");
        twoReplies.replyToCustomer("Good to hear it is back.");
        twoReplies.resolve("A restart cleared it.");

        // 3. escalated to Billing specialists, returned by bob, resolved by kim: escalated, bounced, exacerbated
        TicketPage escalated = NewTicketPage.open(kim).create("Jane Doe", "Charged twice", "My card was charged twice in May.",
                "Billing", "P3");
        String escalatedNumber = escalated.number();
        escalated.escalate("Billing specialists", "Knowledge", "Two captures of one payment",
                "Found both captures in the payment log", "Say whether one is a pre-authorisation");
        Browser bob = browsers.open();
        bob.signInAs("bob");
        TicketPage.open(bob, escalatedNumber).returnEscalation("The first is a pre-authorisation; it drops in a week.");
        escalated = TicketPage.open(kim, escalatedNumber);
        assertThat(escalated.assignee()).isEqualTo("Kim Lindqvist");
        escalated.replyToCustomer("The first charge is a pre-authorisation and drops within a week.");
        escalated.resolve("Explained the pre-authorisation.");

        // 4. resolved, reopened, resolved again: not first contact, not escalated
        TicketPage reopened = NewTicketPage.open(kim).create("Jane Doe", "Password reset mail", "The reset mail never arrives.",
                "Technical", "P3");
        reopened.replyToCustomer("We re-sent the reset mail.");
        reopened.resolve("Re-sent the mail.");
        reopened.reopen("It went to the spam folder and expired.");
        reopened.resolve("Re-sent it once more; it arrived.");

        Browser maria = browsers.open();
        maria.signInAs("maria");
        maria.go("metrics/dashboard.xhtml?days=30&agent=" + login);
        assertThat(maria.text(By.id("dashboardScope"))).contains("resolved by " + login);
        assertThat(figure(maria, "tileResolved")).isEqualTo("4");
        assertThat(figure(maria, "tileEscalationRate")).isEqualTo("25.0%");
        assertThat(maria.text(By.cssSelector("#tileEscalationRate .desk-muted")))
                .isEqualTo("functional 25.0% · hierarchical 0.0%");
        assertThat(figure(maria, "tileFirstContact")).isEqualTo("50.0%");
        assertThat(maria.text(By.cssSelector("#tileFirstContact .desk-muted"))).isEqualTo("one-touch 25.0%");
        assertThat(figure(maria, "tileBounceRate")).isEqualTo("100.0%");
        assertThat(figure(maria, "tileExacerbationRate")).isEqualTo("25.0%");

        // each figure opens the tickets it counts
        maria.clickAndWaitForPage(By.id("drillFirstContact"));
        assertThat(FinderPage.shown(maria).total()).isEqualTo("2 found");
        assertThat(FinderPage.shown(maria).numbers()).containsExactlyInAnyOrder(oneTouchNumber, twoRepliesNumber);
        maria.go("metrics/dashboard.xhtml?days=30&agent=" + login);
        maria.clickAndWaitForPage(By.id("drillEscalated"));
        assertThat(FinderPage.shown(maria).numbers()).containsExactly(escalatedNumber);

        // the table by agent sorts by a heading clicked, the most first, and says so; an order it has not is refused
        maria.go("metrics/dashboard.xhtml?days=30");
        maria.clickAndWaitForPage(By.id("sort-resolved"));
        assertThat(maria.currentUrl()).contains("agentOrder=-resolved");
        assertThat(maria.text(By.id("sort-resolved"))).endsWith("▼");
        java.util.List<Integer> resolved = maria.texts(By.cssSelector("#byAgent tbody tr td:nth-child(2)")).stream()
                .map(Integer::valueOf).toList();
        assertThat(resolved).as("kim and maria's other people").hasSizeGreaterThan(1)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        maria.go("metrics/dashboard.xhtml?days=30&agentOrder=salary");
        assertThat(maria.text(By.cssSelector("#messages .ui-messages-error-summary")))
                .isEqualTo("The table by agent sorts by name, resolved, first-contact, one-touch, escalated or median, not by \"salary\".");
        assertThat(maria.text(By.id("sort-name"))).endsWith("▲");
    }

    private static String figure(Browser browser, String tile) {
        return browser.text(By.cssSelector("#" + tile + " .desk-figure"));
    }
}
