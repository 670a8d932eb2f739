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
        browser.openFromMenu("navApprovals");
        browser.find(By.id("inboxForm:inbox"));
        return new ApprovalsPage(browser);
    }

    public List<String> waitingTickets() {
        return browser.texts(By.cssSelector("[id='inboxForm:inbox'] a.ticket-link"));
    }

    public ApprovalsPage delegateTo(String approverName) {
        browser.choose("delegateForm:delegate", approverName);
        browser.clickAndWaitForPage(By.id("delegateForm:delegateButton"));
        browser.find(By.id("inboxForm:inbox"));
        return this;
    }

    public List<String> delegations() {
        return browser.texts(By.cssSelector("[id='delegations'] tbody tr"));
    }

    public ApprovalsPage revokeFirstDelegation() {
        browser.clickAndWaitForPage(By.xpath("//*[@id='delegations']//button[normalize-space(.)='Revoke']"));
        browser.find(By.id("inboxForm:inbox"));
        return this;
    }

    public List<String> onBehalfTags() {
        return browser.texts(By.cssSelector("[id='inboxForm:inbox'] .on-behalf"));
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public TicketPage open(String number) {
        browser.clickAndWaitForPage(By.linkText(number));
        return new TicketPage(browser);
    }
}
