package com.escalationdesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.DirectoryPage;
import com.escalationdesk.browser.LoginPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** The admin sets up a team and an agent in Chromium; the new agent signs in and works in it. */
class DirectoryAdminIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void anAdminCreatesATeamAndAnAgentWhoSignsInToIt() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        DirectoryPage directory = DirectoryPage.open(adam).createTeam("Returns desk", "Tier 2", "Billing", "General");
        assertThat(directory.infoMessage()).isEqualTo("Team Returns desk created.");
        assertThat(directory.teamRow("Returns desk")).contains("Tier 2 · Specialists", "Billing, General");

        directory.createAgent("rita", "Rita Moreno", "rita@escalationdesk.example", "Returns desk", "Omar Haddad", "short");
        assertThat(directory.errorMessage()).isEqualTo("The first password needs at least 10 characters.");
        directory.createAgent("rita", "Rita Moreno", "rita@escalationdesk.example", "Returns desk", "Omar Haddad",
                "returns-2026!");
        assertThat(directory.infoMessage()).isEqualTo("User rita created.");
        assertThat(directory.userRow("rita")).contains("Rita Moreno", "Returns desk", "Omar Haddad", "Agent");

        Browser rita = browsers.open();
        LoginPage.open(rita).signIn("rita", "returns-2026!");
        assertThat(rita.text(By.tagName("h1"))).isEqualTo("Queues");
        assertThat(rita.text(By.id("userForm"))).contains("Rita Moreno", "Returns desk", "Tier 2");
    }

    @Test
    void anAdminPricesATierAndTheDashboardPricesEscalationsWithIt() {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        DirectoryPage directory = DirectoryPage.open(adam);
        assertThat(directory.tierRow(3)).contains("Tier 3 · Experts", "104.00 EUR");

        directory.priceTier(3, "a lot", "EUR");
        assertThat(directory.errorMessage()).isEqualTo("The cost per handled ticket is an amount such as 69 or 69.50.");
        directory.priceTier(3, "110", "EUR");
        assertThat(directory.infoMessage()).isEqualTo("Tier 3 saved.");
        assertThat(directory.tierRow(3)).contains("Tier 3 · Experts", "110.00 EUR");

        adam.openFromMenu("navDashboard");
        assertThat(adam.text(By.id("dashboardScope"))).startsWith("All teams");
        assertThat(adam.text(By.cssSelector("#tileEscalationCost .desk-figure"))).matches("[\\d,]+\\.\\d\\d EUR");
    }
}
