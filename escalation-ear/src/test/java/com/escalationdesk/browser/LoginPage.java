package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** The sign-in page. */
public final class LoginPage {

    public static final String DEMO_PASSWORD = "demo";
    private final Browser browser;

    public LoginPage(Browser browser) {
        this.browser = browser;
    }

    public static LoginPage open(Browser browser) {
        browser.go("login.xhtml");
        return new LoginPage(browser);
    }

    /** Signs in and lands on the user's start page. */
    public void signInAs(String login) {
        submit(login, DEMO_PASSWORD);
        browser.find(By.id("signedInAs"));
    }

    /** Signs in with a password of the user's own (not a demo user). */
    public void signIn(String login, String password) {
        submit(login, password);
        browser.find(By.id("signedInAs"));
    }

    public String signInExpectingError(String login, String password) {
        submit(login, password);
        return browser.text(By.id("login:loginMessages"));
    }

    private void submit(String login, String password) {
        browser.type(By.id("login:loginName"), login);
        browser.type(By.id("login:password"), password);
        browser.clickAndWaitForPage(By.id("login:signIn"));
    }
}
