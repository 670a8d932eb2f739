package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's authority limits screen. */
public final class AuthorityLimitsPage {

    private final Browser browser;

    private AuthorityLimitsPage(Browser browser) {
        this.browser = browser;
    }

    public static AuthorityLimitsPage open(Browser browser) {
        browser.openFromMenu("navAuthority");
        browser.find(By.id("limitsForm:limits"));
        return new AuthorityLimitsPage(browser);
    }

    public AuthorityLimitsPage setLimit(String kind, String level, String amount) {
        browser.choose("setLimitForm:kind", kind);
        browser.choose("setLimitForm:level", level);
        browser.type(By.id("setLimitForm:amount"), amount);
        browser.clickAndWaitForPage(By.id("setLimitForm:saveLimit"));
        browser.find(By.id("limitsForm:limits"));
        return this;
    }

    public List<String> limits() {
        return browser.texts(By.cssSelector("[id='limitsForm:limits'] tbody tr"));
    }
}
