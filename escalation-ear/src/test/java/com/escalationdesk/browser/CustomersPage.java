package com.escalationdesk.browser;

import org.openqa.selenium.By;

/** The admin's customers screen. */
public final class CustomersPage {

    private final Browser browser;

    private CustomersPage(Browser browser) {
        this.browser = browser;
    }

    public static CustomersPage open(Browser browser) {
        browser.openFromMenu("navCustomers");
        browser.find(By.id("customersForm:customers"));
        return new CustomersPage(browser);
    }

    public CustomersPage find(String text) {
        browser.type(By.id("searchForm:search"), text);
        browser.clickAndWaitForPage(By.id("searchForm:find"));
        browser.find(By.id("customersForm:customers"));
        return this;
    }

    /** The customers' names on the page shown, in its order. */
    public java.util.List<String> names() {
        return browser.texts(By.cssSelector("[id='customersForm:customers'] tbody .customer-name"));
    }

    /** Sorts by a heading (clicking it once more reverses) and returns the names in the new order. */
    public java.util.List<String> sortBy(String heading) {
        browser.sortBy(By.xpath("//*[@id='customersForm:customers']//th[.//span[normalize-space()='" + heading + "']]"));
        return names();
    }

    /** The paginator's report, e.g. "Customers: 3". */
    public String count() {
        return browser.text(By.cssSelector("[id='customersForm:customers'] .ui-paginator-current"));
    }

    public String row(String name) {
        return browser.texts(By.cssSelector("[id='customersForm:customers'] tbody tr")).stream()
                .filter(r -> r.startsWith(name)).findFirst().orElseThrow(() -> new AssertionError("no customer " + name));
    }

    /** Opens the customer's row for editing, sets segment and zone, and saves. */
    public CustomersPage change(String name, String segment, String timeZone) {
        if (browser.findAll(By.id("customerForm:saveCustomer")).isEmpty()) {
            browser.clickAndWaitForPage(By.xpath("//*[@id='customersForm:customers']//tr[.//span[@class='customer-name'"
                    + " and normalize-space()='" + name + "']]//button"));
        }
        browser.choose("customerForm:segment", segment);
        browser.type(By.id("customerForm:timeZone"), timeZone);
        browser.clickAndWaitForPage(By.id("customerForm:saveCustomer"));
        browser.find(By.id("customersForm:customers"));
        return this;
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }
}
