package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** The admin's audit trail screen. */
public final class AuditPage {

    private final Browser browser;

    private AuditPage(Browser browser) {
        this.browser = browser;
    }

    public static AuditPage open(Browser browser) {
        browser.clickAndWaitForPage(By.id("navAudit"));
        return new AuditPage(browser);
    }

    /** Runs the verification and returns the sentence that reports it. */
    public String verify() {
        browser.click(By.id("verifyForm:verify"));
        return browser.text(By.id("verifySummary"));
    }
}
