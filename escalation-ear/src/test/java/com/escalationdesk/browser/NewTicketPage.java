package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** Intake of a ticket on a customer's behalf. */
public final class NewTicketPage {

    private final Browser browser;

    private NewTicketPage(Browser browser) {
        this.browser = browser;
    }

    public static NewTicketPage open(Browser browser) {
        browser.openFromMenu("navNewTicket");
        return new NewTicketPage(browser);
    }

    public TicketPage create(String customer, String subject, String description, String category, String priority) {
        return create(customer, subject, description, category, priority, true);
    }

    /** Fills in a customer not known yet, in the fieldset that opens for it, leaving their time zone blank. */
    public NewTicketPage newCustomer(String name, String email, String segment) {
        return newCustomer(name, email, segment, "");
    }

    public NewTicketPage newCustomer(String name, String email, String segment, String timeZone) {
        browser.click(By.cssSelector("[id='newTicket:newCustomer'] .ui-fieldset-legend"));
        browser.type(By.id("newTicket:newCustomerName"), name);
        browser.type(By.id("newTicket:newCustomerEmail"), email);
        browser.choose("newTicket:newCustomerSegment", segment);
        browser.type(By.id("newTicket:newCustomerTimeZone"), timeZone);
        return this;
    }

    /** Sends the form with whatever customer was filled in, expecting a refusal; returns its message. */
    public String createExpectingError(String subject, String description) {
        browser.type(By.id("newTicket:subject"), subject);
        browser.type(By.id("newTicket:description"), description);
        browser.clickAndWaitForPage(By.id("newTicket:create"));
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }

    /**
     * Types the start of a customer's name into the picker and takes the suggestion that starts with
     * it: the server searches as one types.
     */
    public NewTicketPage pickCustomer(String nameStart) {
        browser.type(By.id("newTicket:customer_input"), nameStart);
        browser.click(By.xpath("//*[@id='newTicket:customer_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and starts-with(normalize-space(.), '" + nameStart + "')]"));
        browser.waitUntil(d -> !d.findElement(By.id("newTicket:customer_hinput")).getAttribute("value").isBlank());
        return this;
    }

    /** The suggestions the customer picker offers for the text typed. */
    public java.util.List<String> customerSuggestions(String text) {
        browser.type(By.id("newTicket:customer_input"), text);
        browser.find(By.cssSelector("[id='newTicket:customer_panel'] li"));
        return browser.texts(By.cssSelector("[id='newTicket:customer_panel'] li.ui-autocomplete-item"));
    }

    /** Fills in everything with the given subject, sends it, and returns what the page says under the subject. */
    public String createWithSubjectExpectingError(String customer, String subject) {
        pickCustomer(customer);
        browser.type(By.id("newTicket:subject"), subject);
        browser.type(By.id("newTicket:description"), "Details.");
        browser.clickAndWaitForPage(By.id("newTicket:create"));
        return browser.text(By.cssSelector("[id='newTicket:subject'] ~ .ui-message"));
    }

    /** The subject field's value as the page holds it now. */
    public String subjectValue() {
        return browser.find(By.id("newTicket:subject")).getAttribute("value");
    }

    /** Takes in a ticket for the customer filled in with {@link #newCustomer}. */
    public TicketPage createForNewCustomer(String subject, String description) {
        browser.type(By.id("newTicket:subject"), subject);
        browser.type(By.id("newTicket:description"), description);
        browser.clickAndWaitForPage(By.id("newTicket:create"));
        browser.find(By.id("ticketNumber"));
        return new TicketPage(browser);
    }

    /** Takes in a ticket that the agent keeps, or leaves in the team queue. */
    public TicketPage create(String customer, String subject, String description, String category, String priority,
            boolean keep) {
        if (!keep) {
            browser.click(By.cssSelector("label[for='newTicket:keep:1']"));
        }
        pickCustomer(customer);
        browser.type(By.id("newTicket:subject"), subject);
        browser.type(By.id("newTicket:description"), description);
        browser.choose("newTicket:category", category);
        browser.choose("newTicket:priority", priority);
        browser.clickAndWaitForPage(By.id("newTicket:create"));
        browser.find(By.id("ticketNumber"));
        return new TicketPage(browser);
    }
}
