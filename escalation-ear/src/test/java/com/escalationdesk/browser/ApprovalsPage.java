package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The approver's inbox. */
public final class ApprovalsPage {

    private final Browser browser;

    private ApprovalsPage(Browser browser) {
        this.browser = browser;
    }

    public static ApprovalsPage open(Browser browser) {
        browser.clickAndWaitForPage(By.id("navApprovals"));
        browser.find(By.id("inbox"));
        return new ApprovalsPage(browser);
    }

    public List<String> waitingTickets() {
        return browser.texts(By.cssSelector("[id='inbox'] a.ticket-link"));
    }

    public TicketPage open(String number) {
        browser.clickAndWaitForPage(By.linkText(number));
        return new TicketPage(browser);
    }
}
