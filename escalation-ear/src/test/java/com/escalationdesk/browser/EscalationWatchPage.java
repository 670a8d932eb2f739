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
        browser.find(By.id("pendingForm:pending"));
        return new EscalationWatchPage(browser);
    }

    public String overdueSummary() {
        return browser.text(By.id("overdueSummary"));
    }

    /** The text of the pending escalation's row for a ticket, paging on (oldest come first) until it shows. */
    public String pendingRow(String ticketNumber) {
        By rows = By.cssSelector("[id='pendingForm:pending'] tbody tr");
        By next = By.cssSelector("[id='pendingForm:pending'] .ui-paginator-next:not(.ui-state-disabled)");
        for (int page = 0; page < 100; page++) {
            List<String> texts = browser.texts(rows);
            java.util.Optional<String> row = texts.stream().filter(r -> r.startsWith(ticketNumber)).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            if (!browser.isPresent(next)) {
                break;
            }
            browser.click(next);
            browser.waitUntil(d -> !browser.texts(rows).equals(texts));
        }
        throw new AssertionError(ticketNumber + " is not pending");
    }

    /** Types into the Customer column's filter and returns the rows left once the table has filtered. */
    public List<String> filterByCustomer(String text) {
        By rows = By.cssSelector("[id='pendingForm:pending'] tbody tr");
        List<String> before = browser.texts(rows);
        browser.type(By.id("pendingForm:pending:customerColumn:filter"), text);
        browser.waitUntil(d -> !browser.texts(rows).equals(before));
        return browser.texts(rows);
    }

    /** Sorts by the Priority heading (most urgent first) and returns the ticket numbers in the new order. */
    public List<String> sortByPriority() {
        browser.sortBy(By.id("pendingForm:pending:priorityColumn"));
        return browser.texts(By.cssSelector("[id='pendingForm:pending'] tbody a.ticket-link"));
    }

    public List<String> bouncedTickets() {
        return browser.texts(By.cssSelector("[id='bouncedForm:bounced'] a.ticket-link"));
    }
}
