package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The admin's business calendars and service-level policies. */
public final class ServiceLevelsPage {

    private final Browser browser;

    private ServiceLevelsPage(Browser browser) {
        this.browser = browser;
    }

    public static ServiceLevelsPage open(Browser browser) {
        browser.openFromMenu("navServiceLevels");
        browser.find(By.id("policiesForm:policies"));
        return new ServiceLevelsPage(browser);
    }

    public ServiceLevelsPage createCalendar(String name, String zone, String weeklyHours, String holidays) {
        browser.type(By.id("calendarForm:calendarName"), name);
        browser.choose("calendarForm:zone", zone);
        browser.type(By.id("calendarForm:weeklyHours"), weeklyHours);
        browser.type(By.id("calendarForm:holidays"), holidays);
        browser.clickAndWaitForPage(By.id("calendarForm:saveCalendar"));
        browser.find(By.id("policiesForm:policies"));
        return this;
    }

    /** Fills the new-policy form, adds one step (a warning at 75%, as the form proposes) and saves. */
    public ServiceLevelsPage createPolicyWithDefaultWarning(String name, String segment, String priority, String calendar,
            int firstResponse, int resolution) {
        browser.clickAndWaitForPage(By.id("policyForm:addStep"));
        browser.type(By.id("policyForm:policyName"), name);
        browser.choose("policyForm:segment", segment);
        browser.choose("policyForm:priority", priority);
        browser.choose("policyForm:calendar", calendar);
        browser.type(By.id("policyForm:firstResponse_input"), String.valueOf(firstResponse));
        browser.type(By.id("policyForm:resolution_input"), String.valueOf(resolution));
        browser.clickAndWaitForPage(By.id("policyForm:savePolicy"));
        browser.find(By.id("policiesForm:policies"));
        return this;
    }

    public List<String> policyNames() {
        return browser.texts(By.cssSelector("[id='policiesForm:policies'] .policy-name"));
    }

    public String policyRow(String name) {
        return row("policiesForm:policies", name);
    }

    public String calendarRow(String name) {
        return row("calendarsForm:calendars", name);
    }

    private String row(String tableId, String name) {
        return browser.texts(By.cssSelector("[id='" + tableId + "'] tbody tr")).stream().filter(r -> r.startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + name + " in " + tableId));
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }

    public String errorMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-error-summary"));
    }
}
