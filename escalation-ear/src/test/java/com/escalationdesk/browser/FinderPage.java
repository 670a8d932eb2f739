package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The ticket finder, reached from the header's search box on every page or by its address. */
public final class FinderPage {

    private final Browser browser;

    private FinderPage(Browser browser) {
        this.browser = browser;
    }

    /** Types into the header's search box and presses Enter, as a user does from any page. */
    public static FinderPage searchFromHeader(Browser browser, String text) {
        browser.type(By.id("headerSearchText"), text);
        browser.pressAndWaitForPage(By.id("headerSearchText"), Keys.ENTER);
        browser.find(By.id("finderForm"));
        return new FinderPage(browser);
    }

    /** Opens the finder with the parameters given, as a drill-down or a bookmark does. */
    public static FinderPage open(Browser browser, String query) {
        browser.go("ticket/find.xhtml?" + query);
        browser.find(By.id("finderForm"));
        return new FinderPage(browser);
    }

    /** The finder a link led to, as a drill-down from the dashboard does. */
    public static FinderPage shown(Browser browser) {
        browser.find(By.id("finderForm"));
        return new FinderPage(browser);
    }

    /** Each hit's row: number, subject, customer, team, priority, status, updated. */
    public List<String> rows() {
        return browser.texts(By.cssSelector("[id='resultsForm:results_data'] > tr:not(.ui-datatable-empty-message)"));
    }

    public List<String> numbers() {
        return browser.texts(By.cssSelector("[id='resultsForm:results_data'] .ticket-link"));
    }

    public String emptyMessage() {
        return browser.text(By.cssSelector("[id='resultsForm:results_data'] .ui-datatable-empty-message"));
    }

    public String total() {
        return browser.text(By.cssSelector("[id='resultsForm:results'] .ui-paginator-current"));
    }

    /** The text the finder's own search box holds: the search it shows. */
    public String searchText() {
        return browser.find(By.id("finderText")).getAttribute("value");
    }

    public String errorMessage() {
        return browser.text(By.cssSelector(".ui-messages-error"));
    }
}
