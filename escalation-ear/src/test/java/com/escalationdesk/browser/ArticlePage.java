package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** A knowledge article's page, and its editor (new article or new version). */
public final class ArticlePage {

    private final Browser browser;

    ArticlePage(Browser browser) {
        this.browser = browser;
        browser.find(By.id("articleNumber"));
    }

    public static ArticlePage open(Browser browser, String number) {
        browser.go("knowledge/article.xhtml?number=" + number);
        return new ArticlePage(browser);
    }

    /** On the editor: reads a field as prefilled. */
    public static String editorField(Browser browser, String field) {
        return browser.find(By.id("articleForm:" + field)).getAttribute("value");
    }

    /** On the editor: fills in what is given (null leaves a field as it is), then saves. */
    public static ArticlePage save(Browser browser, String tags, String audience) {
        if (tags != null) {
            browser.type(By.id("articleForm:tags"), tags);
        }
        if (audience != null) {
            browser.choose("articleForm:audience", audience);
        }
        browser.clickAndWaitForPage(By.id("articleForm:save"));
        return new ArticlePage(browser);
    }

    public String number() {
        return browser.text(By.id("articleNumber"));
    }

    public String title() {
        return browser.text(By.id("articleTitle"));
    }

    public String state() {
        return browser.text(By.id("articleState"));
    }

    /** The state changes the page offers, by their labels. */
    public List<String> offeredMoves() {
        return browser.texts(By.cssSelector("[id='stateForm'] button"));
    }

    public String reuse() {
        return browser.text(By.id("reuseCounts"));
    }

    public String escalationsAvoided() {
        return browser.text(By.id("escalationsAvoided"));
    }

    public List<String> history() {
        return browser.texts(By.cssSelector("#versions .version-summary"));
    }

    public String infoMessage() {
        return browser.text(By.cssSelector(".ui-messages-info-summary"));
    }
}
