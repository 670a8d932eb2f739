package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The customer's status page, opened from the link in an email, without a login. */
public final class StatusPageObject {

    private final Browser browser;

    private StatusPageObject(Browser browser) {
        this.browser = browser;
    }

    /** Opens an absolute link from an email. */
    public static StatusPageObject openLink(Browser browser, String link) {
        if (!link.startsWith(Browser.BASE_URL)) {
            throw new AssertionError("The link " + link + " does not point at " + Browser.BASE_URL);
        }
        browser.go(link.substring(Browser.BASE_URL.length()));
        browser.find(By.tagName("h1"));
        return new StatusPageObject(browser);
    }

    public boolean showsCase() {
        return browser.isPresent(By.id("caseNumber"));
    }

    public String caseNumber() {
        return browser.text(By.id("caseNumber"));
    }

    public String status() {
        return browser.text(By.id("caseStatus"));
    }

    public String stage() {
        return browser.text(By.id("caseStage"));
    }

    public String refusal() {
        return browser.text(By.id("refusal"));
    }

    public String heading() {
        return browser.text(By.tagName("h1"));
    }

    public List<String> conversation() {
        return browser.texts(By.cssSelector("#conversation .message-body"));
    }

    public StatusPageObject reply(String text) {
        browser.type(By.id("replyForm:reply"), text);
        browser.clickAndWaitForPage(By.id("replyForm:send"));
        return this;
    }

    /** Writes to us with files chosen in the message's file field. */
    public StatusPageObject replyWithFiles(String text, List<java.nio.file.Path> files) {
        browser.type(By.id("replyForm:reply"), text);
        browser.chooseFiles(By.cssSelector("#replyForm input[type='file']"), files);
        browser.clickAndWaitForPage(By.id("replyForm:send"));
        return this;
    }

    /** The names of the files in the conversation, oldest first. */
    public List<String> files() {
        return browser.texts(By.cssSelector("#conversation .message-file .file-link"));
    }

    public java.nio.file.Path download(String fileName) {
        return browser.download(By.xpath("//li//a[contains(@class,'file-link') and normalize-space()='" + fileName + "']"));
    }

    public StatusPageObject askForEscalation(String reason) {
        browser.type(By.id("escalateForm:reason"), reason);
        browser.clickAndWaitForPage(By.id("escalateForm:askForEscalation"));
        return this;
    }

    /** Answers the survey: satisfaction 1 to 5 with a comment, and effort 1 to 7. */
    public StatusPageObject rate(int satisfaction, String comment, int effort) {
        browser.click(By.cssSelector("label[for='surveyForm:rating:" + (satisfaction - 1) + "']"));
        browser.type(By.id("surveyForm:comment"), comment);
        browser.click(By.cssSelector("label[for='surveyForm:effort:" + (effort - 1) + "']"));
        browser.clickAndWaitForPage(By.id("surveyForm:rate"));
        return this;
    }

    public String escalationNotice() {
        return browser.text(By.id("escalationNotice"));
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }

    public boolean offersEscalation() {
        return browser.isPresent(By.id("escalateForm:askForEscalation"));
    }
}
