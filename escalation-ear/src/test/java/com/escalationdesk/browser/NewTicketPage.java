package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** Intake of a ticket on a customer's behalf. */
public final class NewTicketPage {

    private final Browser browser;

    private NewTicketPage(Browser browser) {
        this.browser = browser;
    }

    public static NewTicketPage open(Browser browser) {
        browser.clickAndWaitForPage(By.id("navNewTicket"));
        return new NewTicketPage(browser);
    }

    public TicketPage create(String customer, String subject, String description, String category, String priority) {
        return create(customer, subject, description, category, priority, true);
    }

    /** Takes in a ticket that the agent keeps, or leaves in the team queue. */
    public TicketPage create(String customer, String subject, String description, String category, String priority,
            boolean keep) {
        if (!keep) {
            browser.click(By.cssSelector("label[for='newTicket:keep:1']"));
        }
        browser.choose("newTicket:customer", customer);
        browser.type(By.id("newTicket:subject"), subject);
        browser.type(By.id("newTicket:description"), description);
        browser.choose("newTicket:category", category);
        browser.choose("newTicket:priority", priority);
        browser.clickAndWaitForPage(By.id("newTicket:create"));
        browser.find(By.id("ticketNumber"));
        return new TicketPage(browser);
    }
}
