package com.escalationdesk.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.Mailbox;
import com.escalationdesk.browser.NewTicketPage;
import com.escalationdesk.browser.TicketPage;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * In Chromium: every screen, as each kind of user sees it, at a phone's 390 by 844 and a laptop's
 * 1366 by 768, with no sideways scrolling and no serious or critical accessibility violation
 * (axe-core); the header folds into a menu on the phone with all of its controls in reach, and the
 * admin's navigation stays on one line on a laptop.
 */
class ScreensFitIT {

    /** A phone and a laptop, in CSS pixels. */
    private static final List<int[]> SIZES = List.of(new int[] {390, 844}, new int[] {1366, 768});

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtpServer();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void everyAgentScreenFitsAPhoneAndALaptop() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        String ticket = alice.findAll(By.cssSelector(".ticket-link")).get(0).getText().strip();
        assertFit(alice, List.of("index.xhtml", "ticket/queue.xhtml", "ticket/new.xhtml", "ticket/my-figures.xhtml",
                "ticket/find.xhtml?q=card", "ticket/view.xhtml?number=" + ticket, "ticket/customer-view.xhtml?number=" + ticket,
                "knowledge/index.xhtml",
                "knowledge/index.xhtml?q=refund", "knowledge/article.xhtml?number=KB-1", "knowledge/edit.xhtml",
                "notifications.xhtml", "notification-settings.xhtml"));
    }

    /**
     * What opens over a screen is checked while open: the ticket page's dialogs (their content loads as
     * they open), the keyboard shortcuts, a queue's filter menu and, on a phone, the header's menu.
     */
    @Test
    void dialogsAndMenusPassAxeWhileOpen() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        String ticket = alice.findAll(By.cssSelector(".ticket-link")).get(0).getText().strip();
        List<String> opened = new ArrayList<>();
        List<String> inaccessible = new ArrayList<>();
        alice.go("ticket/view.xhtml?number=" + ticket);
        alice.find(By.tagName("h1"));
        for (String dialog : List.of("escalateDialog", "decisionDialog", "waitDialog", "resolveDialog", "reopenDialog",
                "returnDialog", "mergeDialog", "wrongRoutingDialog")) {
            if (!Boolean.TRUE.equals(alice.runScript("return !!PrimeFaces.widgets[arguments[0]];", dialog))) {
                continue; // not offered on this ticket as it stands
            }
            alice.runScript("PF(arguments[0]).show();", dialog);
            alice.waitUntil(d -> Boolean.TRUE.equals(alice.runScript("var w = PF(arguments[0]); return w.isVisible()"
                    + " && w.jq.find('.ui-dialog-content').children().length > 0 && PrimeFaces.ajax.Queue.isEmpty();", dialog)));
            opened.add(dialog);
            alice.seriousAccessibilityViolations().forEach(v -> inaccessible.add(dialog + ": " + v));
            alice.runScript("PF(arguments[0]).hide();", dialog);
        }
        alice.press("?");
        alice.waitUntil(d -> d.findElement(By.id("shortcutsDialog")).isDisplayed());
        opened.add("shortcuts");
        alice.seriousAccessibilityViolations().forEach(v -> inaccessible.add("shortcuts: " + v));

        alice.go("ticket/queue.xhtml");
        alice.click(By.id("queues:myQueueForm:priorities"));
        alice.waitUntil(d -> d.findElement(By.id("queues:myQueueForm:priorities_panel")).isDisplayed());
        opened.add("priority filter");
        alice.seriousAccessibilityViolations().forEach(v -> inaccessible.add("priority filter: " + v));

        try {
            alice.viewport(390, 844);
            alice.go("ticket/queue.xhtml");
            alice.click(By.id("menuToggle"));
            alice.waitUntil(d -> "true".equals(d.findElement(By.id("menuToggle")).getAttribute("aria-expanded")));
            opened.add("phone menu");
            alice.seriousAccessibilityViolations().forEach(v -> inaccessible.add("phone menu: " + v));
        } finally {
            alice.defaultViewport();
        }
        assertThat(opened).as("dialogs and menus checked while open").hasSizeGreaterThanOrEqualTo(6);
        assertThat(inaccessible).as("serious or critical accessibility violations while open").isEmpty();
    }

    @Test
    void everyManagerScreenFitsAPhoneAndALaptop() {
        Browser maria = browsers.open();
        maria.signInAs("maria");
        assertFit(maria, List.of("metrics/dashboard.xhtml", "manager/approvals.xhtml", "manager/escalations.xhtml",
                "manager/exacerbations.xhtml", "metrics/early-warnings.xhtml", "metrics/advisor.xhtml",
                "metrics/training.xhtml"));
        // a manager who is no agent takes no tickets in: no form is offered that would refuse
        assertThat(maria.isPresent(By.id("navNewTicket"))).as("New ticket in a manager's header").isFalse();
        maria.go("ticket/new.xhtml");
        assertThat(maria.text(By.tagName("h1"))).isEqualTo("Not allowed");
    }

    @Test
    void everyAdminScreenFitsAPhoneAndALaptop() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        assertFit(adam, List.of("admin/directory.xhtml", "admin/authority.xhtml", "admin/policy.xhtml",
                "admin/service-levels.xhtml", "admin/customers.xhtml", "admin/customer-emails.xhtml", "admin/audit.xhtml",
                "admin/api-tokens.xhtml", "admin/webhooks.xhtml", "admin/email.xhtml", "metrics/dashboard.xhtml"));
    }

    @Test
    void theCustomersAndSignInScreensFitAPhoneAndALaptop() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        TicketPage ticket = NewTicketPage.open(alice).create("Contoso", "Receipt printer offline",
                "The receipt printer at the front desk shows offline since the update.", "Technical", "P3");
        ticket.waitOnCustomer("Which model is the printer?");
        String link = Mailbox.link(Mailbox.await(SMTP, "it@contoso.example", ticket.number(), "We need your answer"), "status.xhtml");

        Browser visitor = browsers.open();
        assertFit(visitor, List.of(link.substring(Browser.BASE_URL.length()), "status.xhtml?t=forged", "login.xhtml",
                "help.xhtml"));
    }

    @Test
    void onAPhoneTheHeaderFoldsIntoAMenuThatReachesEveryControl() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        adam.viewport(390, 844);
        adam.go("admin/directory.xhtml");
        assertThat(adam.findAll(By.id("userForm:signOut")).get(0).isDisplayed()).isFalse();

        adam.click(By.id("menuToggle"));
        for (String control : List.of("userForm:signOut", "userForm:bell", "userForm:navNotificationSettings", "headerSearchText",
                "navDashboard", "navAudit")) {
            assertThat(insideViewport(adam, By.id(control))).as(control).isTrue();
        }
        adam.openFromMenu("navWebhooks");
        assertThat(adam.currentUrl()).contains("admin/webhooks.xhtml");
        assertThat(adam.sidewaysOverflow()).isEmpty();
    }

    @Test
    void onAPhoneATicketsDialogFitsTheScreen() {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        String ticket = alice.findAll(By.cssSelector(".ticket-link")).get(0).getText().strip();
        alice.viewport(390, 844);
        alice.go("ticket/view.xhtml?number=" + ticket);
        alice.click(By.id("workForm:openDecision"));
        assertThat(insideViewport(alice, By.id("decisionDialog"))).isTrue();
        assertThat(alice.sidewaysOverflow()).isEmpty();
    }

    @Test
    void onALaptopTheAdminsNavigationStaysOnOneLineInGroups() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        for (int width : new int[] {1366, 1440}) {
            adam.viewport(width, 768);
            adam.go("admin/directory.xhtml");
            assertThat(adam.findAll(By.id("menuToggle")).get(0).isDisplayed()).isFalse();
            @SuppressWarnings("unchecked")
            List<Number> tops = (List<Number>) adam.runScript(
                    "return Array.prototype.map.call(document.querySelectorAll('.desk-nav > a, .desk-nav > details > summary'),"
                    + " function (e) { return Math.round(e.getBoundingClientRect().top); });");
            assertThat(tops).as("the tops of the navigation's entries at " + width + " px").hasSizeGreaterThan(4)
                    .allMatch(top -> top.intValue() == tops.get(0).intValue());
        }
        adam.openFromMenu("navServiceLevels");
        assertThat(adam.currentUrl()).contains("admin/service-levels.xhtml");
    }

    private static boolean insideViewport(Browser browser, By control) {
        WebElement element = browser.find(control);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.runScript(
                "var b = arguments[0].getBoundingClientRect(); return {left: b.left, right: b.right, width: document.documentElement.clientWidth};",
                element);
        return element.isDisplayed() && box.get("left").doubleValue() >= 0 && box.get("right").doubleValue() <= box.get("width").doubleValue();
    }

    /**
     * Opens each page at each size and fails with every page that scrolls sideways, and by what; and with
     * every serious or critical WCAG A/AA violation axe-core finds on it (at the laptop's size: the rules
     * read the page's markup, which is the same at both).
     */
    private static void assertFit(Browser browser, List<String> pages) {
        List<String> tooWide = new ArrayList<>();
        List<String> inaccessible = new ArrayList<>();
        try {
            for (String page : pages) {
                for (int[] size : SIZES) {
                    browser.viewport(size[0], size[1]);
                    browser.go(page);
                    browser.find(By.tagName("h1"));
                    String overflow = browser.sidewaysOverflow();
                    if (!overflow.isEmpty()) {
                        tooWide.add(page + " at " + size[0] + "×" + size[1] + ": " + overflow);
                    }
                    if (size[0] > 1000) {
                        browser.seriousAccessibilityViolations().forEach(v -> inaccessible.add(page + ": " + v));
                    }
                }
            }
        } finally {
            browser.defaultViewport();
        }
        assertThat(tooWide).as("screens that scroll sideways").isEmpty();
        assertThat(inaccessible).as("serious or critical accessibility violations (axe-core, WCAG 2.2 A and AA)").isEmpty();
    }
}
