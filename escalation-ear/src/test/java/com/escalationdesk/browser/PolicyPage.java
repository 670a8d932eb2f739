package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's escalation policy screen: active rules, the draft, its dry run. */
public final class PolicyPage {

    private final Browser browser;

    private PolicyPage(Browser browser) {
        this.browser = browser;
    }

    public static PolicyPage open(Browser browser) {
        browser.openFromMenu("navPolicy");
        browser.find(By.id("activeHeading"));
        return new PolicyPage(browser);
    }

    public String activeHeading() {
        return browser.text(By.id("activeHeading"));
    }

    public List<String> activeRules() {
        return browser.texts(By.cssSelector("[id='activeRules'] .rule-name"));
    }

    public boolean hasDraft() {
        return browser.isPresent(By.id("draftHeading"));
    }

    public PolicyPage startDraft(String note) {
        browser.type(By.id("startDraftForm:draftNote"), note);
        browser.clickAndWaitForPage(By.id("startDraftForm:startDraft"));
        browser.find(By.id("draftHeading"));
        return this;
    }

    public String draftHeading() {
        return browser.text(By.id("draftHeading"));
    }

    public List<String> draftRules() {
        return browser.texts(By.cssSelector("[id='draftRulesForm:draftRules'] .rule-name"));
    }

    /** Fills the new rule's name, stage and, when given, a category criterion and a team to route to. */
    public PolicyPage addRule(String name, String stage, String category, String routeTo) {
        browser.type(By.id("ruleForm:ruleName"), name);
        browser.choose("ruleForm:stage", stage);
        if (category != null) {
            browser.choose("ruleForm:category", category);
        }
        if (routeTo != null) {
            browser.choose("ruleForm:routeTo", routeTo);
        }
        browser.clickAndWaitForPage(By.id("ruleForm:addRule"));
        browser.find(By.id("activeHeading"));
        return this;
    }

    public PolicyPage dryRun() {
        browser.clickAndWaitForPage(By.id("dryRunForm:dryRun"));
        browser.find(By.id("dryRunSummary"));
        return this;
    }

    public String dryRunSummary() {
        return browser.text(By.id("dryRunSummary"));
    }

    /** The rows the draft would change: each row's text. */
    public List<String> changedRows() {
        return browser.texts(By.cssSelector("[id='dryRunRows'] tbody tr.desk-differs"));
    }

    public PolicyPage discardDraft() {
        browser.clickAndWaitForPage(By.id("publishForm:discard"));
        browser.find(By.id("activeHeading"));
        return this;
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }
}
