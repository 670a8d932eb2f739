package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The manager's escalations page: pending escalations and bounced tickets. */
public final class EscalationWatchPage {

    private final Browser browser;

    private EscalationWatchPage(Browser browser) {
        this.browser = browser;
    }

    public static EscalationWatchPage open(Browser browser) {
        browser.go("manager/escalations.xhtml");
        browser.find(By.id("pending"));
        return new EscalationWatchPage(browser);
    }

    public List<String> bouncedTickets() {
        return browser.texts(By.cssSelector("[id='bounced'] a.ticket-link"));
    }
}
