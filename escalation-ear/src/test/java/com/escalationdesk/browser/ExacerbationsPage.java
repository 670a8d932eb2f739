package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The managers' review queue of exacerbations. */
public final class ExacerbationsPage {

    private final Browser browser;

    private ExacerbationsPage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("waitingCount"));
    }

    public static ExacerbationsPage open(Browser browser) {
        browser.openFromMenu("navExacerbations");
        return new ExacerbationsPage(browser);
    }

    /** "ESC-12: Low customer feedback after an escalation", one per case waiting. */
    public List<String> cases() {
        return browser.findAll(By.cssSelector(".exacerbation")).stream()
                .map(p -> p.findElement(By.cssSelector(".exacerbation-ticket")).getText().strip() + ": "
                        + p.findElement(By.cssSelector(".exacerbation-rule")).getText().strip())
                .toList();
    }

    public String detailOf(String ticketNumber, String rule) {
        return panel(ticketNumber, rule).findElement(By.cssSelector(".exacerbation-detail")).getText().strip();
    }

    /** Fills the case's review and records it. */
    public ExacerbationsPage review(String ticketNumber, String rule, String rootCause, String leadsTo, String action) {
        WebElement panel = panel(ticketNumber, rule);
        String cause = panel.findElement(By.cssSelector("[id$=':cause']")).getAttribute("id");
        String outcome = panel.findElement(By.cssSelector("[id$=':outcome']")).getAttribute("id");
        String actionField = panel.findElement(By.cssSelector("input[id$=':action']")).getAttribute("id");
        String button = panel.findElement(By.cssSelector("button[id$=':review']")).getAttribute("id");
        browser.choose(cause, rootCause);
        browser.choose(outcome, leadsTo);
        browser.type(By.id(actionField), action);
        browser.clickAndWaitForPage(By.id(button));
        return new ExacerbationsPage(browser);
    }

    public String infoMessage() {
        return browser.text(By.cssSelector(".ui-messages-info-summary"));
    }

    private WebElement panel(String ticketNumber, String rule) {
        return browser.findAll(By.cssSelector(".exacerbation")).stream()
                .filter(p -> p.findElement(By.cssSelector(".exacerbation-ticket")).getText().strip().equals(ticketNumber)
                        && p.findElement(By.cssSelector(".exacerbation-rule")).getText().strip().equals(rule))
                .findFirst().orElseThrow(() -> new AssertionError("No case " + ticketNumber + " for " + rule));
    }
}
