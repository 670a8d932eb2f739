package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's wording of the customer emails: pick one from the list, edit its subject and text, save. */
public final class CustomerEmailsPage {

    private final Browser browser;

    private CustomerEmailsPage(Browser browser) {
        this.browser = browser;
    }

    public static CustomerEmailsPage open(Browser browser) {
        browser.openFromMenu("navCustomerEmails");
        browser.find(By.id("emailForm:save"));
        return new CustomerEmailsPage(browser);
    }

    /** The emails to choose from, in the order a case meets them. */
    public List<String> emails() {
        return browser.texts(By.cssSelector("#emails a"));
    }

    public CustomerEmailsPage choose(String email) {
        browser.clickAndWaitForPage(By.linkText(email));
        browser.waitUntil(d -> browser.text(By.id("chosenEmail")).equals(email));
        return this;
    }

    public String subject() {
        return browser.find(By.id("emailForm:subject")).getAttribute("value");
    }

    public CustomerEmailsPage changeSubject(String subject) {
        browser.type(By.id("emailForm:subject"), subject);
        browser.clickAndWaitForPage(By.id("emailForm:save"));
        return this;
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }
}
