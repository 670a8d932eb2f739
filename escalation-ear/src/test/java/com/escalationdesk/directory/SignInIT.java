package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.FinderPage;
import com.escalationdesk.browser.LoginPage;
import com.escalationdesk.metrics.DashboardFiguresIT;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** Each demo user signs in on the real server and lands on the screen of their job. */
class SignInIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aTier1AgentLandsOnTheirQueues() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("alice");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Queues");
        assertThat(browser.text(By.id("userForm"))).contains("Alice Martin", "Frontline support", "Tier 1");

        // her own page: her resolutions beside her team's, her escalations and how their handoffs were rated
        browser.openFromMenu("navMyFigures");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("My figures");
        assertThat(browser.texts(By.cssSelector("#myResolutions td:first-child"))).containsExactly("Me", "Frontline support");
        assertThat(browser.text(By.id("myEscalations"))).matches("\\d+ asked for: .*");
    }

    @Test
    void aTier2AgentLandsOnTheQueuesOfTheirSpecialistTeam() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("bob");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Queues");
        assertThat(browser.text(By.id("userForm"))).contains("Bob Nakamura", "Billing specialists", "Tier 2");
    }

    @Test
    void aManagerLandsOnTheDashboardOfTheTeamsThatReportToThem() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("maria");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard");
        assertThat(browser.text(By.id("dashboardScope"))).startsWith("Your teams: Frontline support, Platform engineering");
        // the demo desk's history has resolutions in the last week, some of them escalated
        assertThat(browser.text(By.cssSelector("#tileResolved .desk-figure"))).matches("[1-9]\\d*");
        assertThat(browser.text(By.cssSelector("#tileEscalationRate .desk-figure"))).matches("\\d+\\.\\d%");
        assertThat(browser.texts(By.cssSelector("#timeAtTeams td:first-child"))).contains("Frontline support");
        // her people's resolutions, each name cutting the dashboard to that agent (DashboardFiguresIT's new
        // agent joins them when it ran first on the same server)
        assertThat(browser.texts(By.cssSelector("#byAgent td:first-child a.desk-drill"))).isNotEmpty()
                .allMatch(login -> List.of("alice", "tom", "lena", "bob", "nina", "erik").contains(login)
                        || login.startsWith(DashboardFiguresIT.AGENT_LOGIN_PREFIX));
        // the trend chart draws twelve weeks of both rates, and marks the week the demo's policy v2 was published
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.runScript(
                "return !!(window.Chart && Chart.getChart(PF('trendChart').canvas[0]));")));
        assertThat(browser.runScript("return Chart.getChart(PF('trendChart').canvas[0]).data.datasets.map(s => s.data.length);"))
                .isEqualTo(java.util.List.of(12L, 12L, 12L));
        assertThat(browser.runScript("return Chart.getChart(PF('trendChart').canvas[0]).data.datasets[2].data.filter(v => v).length;"))
                .as("weeks with a change").isNotEqualTo(0L);
        assertThat(browser.texts(By.cssSelector("#changes td:nth-child(2)"))).anyMatch(c -> c.startsWith("Policy v2 published"));

        // what waits now: a team's count of active tickets drills down to exactly those tickets in the finder
        By frontlineActive = By.xpath("//table[@id='backlog']//tr[td[1][normalize-space()='Frontline support']]//a[@class='desk-drill']");
        String active = browser.text(frontlineActive);
        assertThat(active).matches("[1-9]\\d*");
        browser.clickAndWaitForPage(frontlineActive);
        assertThat(FinderPage.shown(browser).total())
                .isEqualTo(active + " found");
    }

    @Test
    void aBarOfTheDashboardOpensExactlyTheTicketsItCountsInTheFinder() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("maria");
        // the demo history escalates some of the week's tickets to Tier 2: the funnel's second bar counts them
        String tier2 = browser.text(By.xpath("//ul[@id='funnelBars']/li[2]"));
        assertThat(tier2).matches("Tier 2: [1-9]\\d* · .*");
        String reached = tier2.replaceAll("Tier 2: (\\d+) · .*", "$1");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.runScript(
                "return !!(window.Chart && Chart.getChart(PF('funnelChart').canvas[0]));")));
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) browser.runScript("const bar = Chart.getChart(PF('funnelChart').canvas[0])"
                + ".getDatasetMeta(0).data[1]; return [bar.x, (bar.y + bar.base) / 2];");

        browser.clickAtAndWaitForPage(By.cssSelector("[id$='funnel'] canvas"), bar.get(0).doubleValue(), bar.get(1).doubleValue());

        FinderPage finder = FinderPage.shown(browser);
        assertThat(browser.text(By.id("drillDownFigure"))).startsWith("Tickets that reached Tier 2 · resolved in the last 7 days");
        assertThat(finder.total()).isEqualTo(reached + " found");
        // the finder's own filters are set to match: resolved or closed, on the period's days
        assertThat(browser.find(By.id("resolvedFrom")).getAttribute("value")).isNotBlank();
        // refining the search keeps the drill-down; leaving it searches every ticket with the filters
        browser.clickAndWaitForPage(By.id("finderSearch"));
        assertThat(FinderPage.shown(browser).total()).isEqualTo(reached + " found");
        assertThat(browser.find(By.id("backToDashboard")).getAttribute("href")).contains("metrics/dashboard.xhtml?days=7");
        browser.clickAndWaitForPage(By.id("withoutDrillDown"));
        assertThat(browser.isPresent(By.id("drillDownFigure"))).isFalse();
        assertThat(Integer.parseInt(FinderPage.shown(browser).total().replace(" found", ""))).isGreaterThanOrEqualTo(Integer.parseInt(reached));
    }

    @Test
    void aCalendarWeekIsComparedWithTheWeekBeforeAndItsTilesOpenExactlyTheirTickets() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("maria");
        // the last 30 days, chosen in the filter: the drill-downs and downloads follow it
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("period"))).selectByValue("30");
        browser.clickAndWaitForPage(By.id("showFigures"));
        assertThat(browser.text(By.id("dashboardScope"))).contains("resolved in the last 30 days");
        assertThat(browser.find(By.id("drillResolved")).getAttribute("href")).contains("&days=30");
        assertThat(browser.find(By.id("exportXlsx")).getAttribute("href")).contains("days=30");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("period"))).selectByValue("week");
        // a week of the demo history: three weeks back from today
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusWeeks(3).toString();
        browser.runScript("document.getElementById('at').value = arguments[0];", day);
        browser.clickAndWaitForPage(By.id("showFigures"));

        assertThat(browser.currentUrl()).contains("period=week", "at=" + day);
        assertThat(browser.text(By.id("dashboardScope"))).contains("resolved in the week from Monday", "compared with the week before");
        String resolved = browser.text(By.cssSelector("#tileResolved .desk-figure"));
        assertThat(resolved).matches("[1-9]\\d*");
        browser.clickAndWaitForPage(By.id("drillResolved"));
        assertThat(browser.text(By.id("drillDownFigure"))).startsWith("Tickets resolved · resolved from ");
        assertThat(FinderPage.shown(browser).total()).isEqualTo(resolved + " found");
        // back to the same week's dashboard; an address from elsewhere is never offered as the way back
        assertThat(browser.find(By.id("backToDashboard")).getAttribute("href")).contains("period=week", "at=" + day);
        browser.go("ticket/find.xhtml?drill=RESOLVED&days=7&back=https%3A%2F%2Fevil.example%2F");
        assertThat(browser.find(By.id("backToDashboard")).getAttribute("href")).endsWith("/metrics/dashboard.xhtml?days=7");
        // nonsense in the address is said so on the page
        browser.go("metrics/dashboard.xhtml?period=fortnight");
        assertThat(browser.text(By.cssSelector(".ui-messages-error-summary")))
                .isEqualTo("A period is a number of days, or day, week or month, not \"fortnight\".");
    }

    @Test
    void anAdminLandsOnTeamsAndUsers() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("adam");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Teams and users");
        assertThat(browser.text(By.id("teamsForm:teams"))).contains("Frontline support", "Billing specialists", "Tier 3");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        Browser browser = browsers.open();

        String message = LoginPage.open(browser).signInExpectingError("alice", "not-the-password");

        assertThat(message).isEqualTo("Wrong login name or password.");
        assertThat(browser.isPresent(By.id("signedInAs"))).isFalse();
    }

    @Test
    void aSignedOutUserWhoOpensAPageReturnsToItAfterSigningIn() {
        Browser browser = browsers.open();

        browser.go("notification-settings.xhtml");
        assertThat(browser.currentUrl()).contains("/login.xhtml");
        new LoginPage(browser).signInAs("bob");

        assertThat(browser.currentUrl()).endsWith("/notification-settings.xhtml");
    }

    @Test
    void signingOutEndsTheSessionSoItsCookieNoLongerOpensPages() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("tom");

        browser.clickAndWaitForPage(By.id("userForm:signOut"));
        browser.go("ticket/queue.xhtml");

        assertThat(browser.currentUrl()).contains("/login.xhtml");
    }

    @Test
    void repeatedWrongPasswordsAreSlowedDownAndTheUserIsToldHowLongToWait() {
        Browser browser = browsers.open();
        // a name nobody has: it is answered exactly as a known one would be
        assertThat(LoginPage.open(browser).signInExpectingError("mallory", "guess-1")).isEqualTo("Wrong login name or password.");
        assertThat(new LoginPage(browser).signInExpectingError("mallory", "guess-2")).isEqualTo("Wrong login name or password.");

        assertThat(new LoginPage(browser).signInExpectingError("mallory", "guess-3"))
                .isEqualTo("Wrong login name or password. Too many failed sign-ins: wait 1 second before the next try.");
    }

    @Test
    void anAgentCannotOpenTheAdminScreens() {
        Browser browser = browsers.open();
        LoginPage.open(browser).signInAs("alice");

        browser.go("admin/directory.xhtml");

        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Not allowed");
    }
}
