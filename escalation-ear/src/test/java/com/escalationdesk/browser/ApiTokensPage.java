package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's API tokens page. */
public final class ApiTokensPage {

    private final Browser browser;

    private ApiTokensPage(Browser browser) {
        this.browser = browser;
    }

    public static ApiTokensPage open(Browser browser) {
        browser.go("admin/api-tokens.xhtml");
        return new ApiTokensPage(browser);
    }

    /** Issues a token to the user whose login starts so, for so many days; returns the secret shown once. */
    public String issue(String ownerLogin, String name, int days) {
        browser.type(By.id("issueForm:owner_input"), ownerLogin);
        browser.click(By.xpath("//*[@id='issueForm:owner_panel']//li[contains(@class,'ui-autocomplete-item')"
                + " and contains(normalize-space(.), '(" + ownerLogin + ")')]"));
        browser.waitUntil(d -> !d.findElement(By.id("issueForm:owner_hinput")).getAttribute("value").isBlank());
        browser.type(By.id("issueForm:name"), name);
        browser.choose("issueForm:days", days + " days");
        browser.clickAndWaitForPage(By.id("issueForm:issue"));
        return browser.find(By.id("issuedSecret")).getAttribute("value");
    }

    /** Sends the form as it is, expecting a refusal; returns its message. */
    public String issueExpectingError(String name) {
        browser.type(By.id("issueForm:name"), name);
        browser.clickAndWaitForPage(By.id("issueForm:issue"));
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }

    public boolean showsASecret() {
        return browser.isPresent(By.id("issuedSecret"));
    }

    /** The text of the tokens table's row for the token of this name (its cell also holds the column's title, for phones). */
    public String row(String name) {
        return browser.text(By.xpath("//*[@id='tokensForm:tokens']//tr[td[1][contains(normalize-space(.), '" + name + "')]]"));
    }

    /** Revokes the token of this name, confirming the dialog; returns the confirmation shown. */
    public String revoke(String name) {
        browser.click(By.xpath("//*[@id='tokensForm:tokens']//tr[td[1][contains(normalize-space(.), '" + name + "')]]//button[contains(@id,'revoke')]"));
        browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
        return browser.text(By.cssSelector(".ui-messages-info-summary"));
    }

    public List<String> rows() {
        return browser.texts(By.cssSelector("[id='tokensForm:tokens'] tbody tr"));
    }
}
