package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's Email and files page: the mailboxes, the emails read, the file limits. */
public final class EmailAndFilesPage {

    private final Browser browser;

    private EmailAndFilesPage(Browser browser) {
        this.browser = browser;
    }

    public static EmailAndFilesPage open(Browser browser) {
        browser.go("admin/email.xhtml");
        browser.find(By.id("limitsForm:saveLimits"));
        return new EmailAndFilesPage(browser);
    }

    /** The mailbox rows: where, who writes to it, whose queue, how it fares. */
    public List<String> mailboxes() {
        return browser.texts(By.cssSelector("[id$='mailboxes'] tbody tr"));
    }

    /** The rows of the emails read, newest first. */
    public List<String> emails() {
        return browser.texts(By.cssSelector("[id$='emails'] tbody tr"));
    }

    /** The rows of the emails sent (or waiting, or failed), newest first. */
    public List<String> outbox() {
        return browser.texts(By.cssSelector("[id='outboxForm:outbox'] tbody tr"));
    }

    /** Shows only the outbox's emails in one state ("Sent", "Failed, tried again", …; "All" for every one). */
    public List<String> outboxShowing(String state) {
        browser.chooseAndNotify("outboxForm:outboxState", state);
        browser.waitUntil(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return PrimeFaces.ajax.Queue.isEmpty()"))
                && outbox().stream().allMatch(r -> r.contains(state) || r.equals("No email matches.")));
        return outbox();
    }

    public TicketPage openTicketOfNewestEmail() {
        browser.clickAndWaitForPage(By.cssSelector("[id$='emails'] tbody tr:first-child a"));
        browser.find(By.id("ticketNumber"));
        return new TicketPage(browser);
    }

    public EmailAndFilesPage setLimits(int fileMb, int ticketMb) {
        browser.type(By.id("limitsForm:fileMb"), Integer.toString(fileMb));
        browser.type(By.id("limitsForm:ticketMb"), Integer.toString(ticketMb));
        browser.clickAndWaitForPage(By.id("limitsForm:saveLimits"));
        return this;
    }

    public String fileLimit() {
        return browser.find(By.id("limitsForm:fileMb")).getAttribute("value");
    }

    public String infoMessage() {
        return browser.text(By.cssSelector(".ui-messages-info"));
    }
}
