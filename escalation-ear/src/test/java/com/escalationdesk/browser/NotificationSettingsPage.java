package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The signed-in person's notification settings, behind the cog next to the bell. */
public final class NotificationSettingsPage {

    private static final By BOXES = By.cssSelector("input[type='checkbox'][name='settingsForm:emailed']");
    private final Browser browser;

    private NotificationSettingsPage(Browser browser) {
        this.browser = browser;
    }

    public static NotificationSettingsPage open(Browser browser) {
        browser.clickAndWaitForPage(By.id("userForm:navNotificationSettings"));
        browser.find(By.id("settingsForm:save"));
        return new NotificationSettingsPage(browser);
    }

    /** The events ticked for email, by their enum names. */
    public List<String> emailed() {
        browser.find(By.id("settingsForm:save"));
        return browser.findAll(BOXES).stream().filter(WebElement::isSelected)
                .map(b -> b.getAttribute("value")).toList();
    }

    /** Ticks or unticks one event, by its enum name, through its label as a person would. */
    public NotificationSettingsPage email(String kind, boolean wanted) {
        WebElement box = browser.findAll(BOXES).stream().filter(b -> kind.equals(b.getAttribute("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no checkbox for " + kind));
        if (box.isSelected() != wanted) {
            browser.click(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            browser.waitUntil(d -> box.isSelected() == wanted);
        }
        return this;
    }

    public NotificationSettingsPage workingHours(String calendarLabelStart) {
        browser.choose("settingsForm:workingHours", calendarLabelStart);
        return this;
    }

    public String workingHours() {
        return browser.text(By.id("settingsForm:workingHours_label"));
    }

    public String address() {
        return browser.text(By.id("settingsForm:address"));
    }

    public NotificationSettingsPage save() {
        browser.click(By.id("settingsForm:save"));
        browser.find(By.cssSelector("#messages .ui-messages-info-summary"));
        return this;
    }

    public String infoMessage() {
        return browser.text(By.cssSelector("#messages .ui-messages-info-summary"));
    }
}
