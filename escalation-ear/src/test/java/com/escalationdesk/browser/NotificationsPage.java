package com.escalationdesk.browser;

import java.util.List;
import org.openqa.selenium.By;

/** The bell in the header and the notification centre behind it. */
public final class NotificationsPage {

    private final Browser browser;

    private NotificationsPage(Browser browser) {
        this.browser = browser;
    }

    /** The unread count the bell shows; no badge means none. */
    public static long unread(Browser browser) {
        By badge = By.id("userForm:unreadCount");
        return browser.isPresent(badge) ? Long.parseLong(browser.text(badge)) : 0;
    }

    public static NotificationsPage open(Browser browser) {
        browser.clickAndWaitForPage(By.id("userForm:bell"));
        browser.find(By.id("notificationsForm:notifications"));
        return new NotificationsPage(browser);
    }

    public List<String> messages() {
        return browser.texts(By.cssSelector("[id='notificationsForm:notifications'] .notification-message"));
    }

    /** Opens the ticket of the newest notification, which marks it read. */
    public TicketPage openNewest() {
        browser.clickAndWaitForPage(By.cssSelector("[id='notificationsForm:notifications'] tbody tr:first-child button"));
        browser.find(By.id("ticketNumber"));
        return new TicketPage(browser);
    }
}
