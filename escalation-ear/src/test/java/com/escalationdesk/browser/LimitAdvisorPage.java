package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** The authority-limit advisor: what a higher limit would have meant, and (for admins) applying it. */
public final class LimitAdvisorPage {

    private final Browser browser;

    private LimitAdvisorPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the advisor on a kind of decision and a level, as a bookmark or the dashboard's link does. */
    public static LimitAdvisorPage open(Browser browser, String kindCode, String level) {
        browser.go("metrics/advisor.xhtml?kind=" + kindCode + "&level=" + level);
        browser.find(By.id("advisorForm"));
        return new LimitAdvisorPage(browser);
    }

    /** Works out what a limit of this amount would have meant. */
    public LimitAdvisorPage workOut(String amount) {
        browser.type(By.id("amount"), amount);
        browser.clickAndWaitForPage(By.id("workOut"));
        browser.find(By.id("advisorForm"));
        return this;
    }

    /** "In the last 90 days, Tier 1 agents asked for …". */
    public String today() {
        return browser.text(By.id("adviceNow"));
    }

    /** The approvals the limit would have avoided. */
    public String avoided() {
        return browser.text(By.cssSelector("#adviceFigures .advice-avoided"));
    }

    public String applyLabel() {
        return browser.text(By.id("applyForm:applyLimit"));
    }

    public boolean canApply() {
        return browser.isPresent(By.id("applyForm:applyLimit"));
    }

    /** Applies the limit worked out, confirming the dialog; returns the confirmation shown. */
    public String apply() {
        browser.click(By.id("applyForm:applyLimit"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        return browser.text(By.cssSelector(".ui-messages-info-summary"));
    }
}
