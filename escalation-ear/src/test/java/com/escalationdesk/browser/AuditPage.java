package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The admin's audit trail screen. */
public final class AuditPage {

    private final Browser browser;

    private AuditPage(Browser browser) {
        this.browser = browser;
    }

    public static AuditPage open(Browser browser) {
        browser.openFromMenu("navAudit");
        return new AuditPage(browser);
    }

    /** Presses "Make a checkpoint now" and returns the confirmation. */
    public String makeCheckpoint() {
        browser.click(By.id("checkpointForm:makeCheckpoint"));
        return browser.text(By.cssSelector("#checkpointForm\\:checkpointMessages .ui-messages-info-summary"));
    }

    /** Downloads the newest checkpoint through the page's link, as the signed-in admin; returns the file's content. */
    public String downloadNewestCheckpoint() {
        String href = browser.find(By.id("checkpointForm:downloadCheckpoint")).getAttribute("href");
        return (String) browser.runAsync("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)))
                    .catch(e => done('network error ' + e));
                """, href);
    }

    /** Pastes a checkpoint, verifies against it, and returns the sentence about the checkpoint. */
    public String verifyAgainst(String checkpoint) {
        browser.type(By.id("verifyForm:checkpointText"), checkpoint);
        return clickAndReadFresh(By.id("verifyForm:verifyAgainst"), By.id("checkpointOutcome"));
    }

    /** Runs the verification and returns the sentence that reports it. */
    public String verify() {
        return clickAndReadFresh(By.id("verifyForm:verify"), By.id("verifySummary"));
    }

    /**
     * Clicks, then reads the answer the click brings: an answer already on the page from an earlier
     * click is waited out until the update replaces it, so that it is never read as the new one.
     */
    private String clickAndReadFresh(By button, By answer) {
        List<WebElement> earlier = browser.findAll(answer);
        browser.click(button);
        if (!earlier.isEmpty()) {
            browser.waitUntil(d -> ExpectedConditions.stalenessOf(earlier.get(0)).apply(d));
        }
        return browser.text(answer);
    }
}
