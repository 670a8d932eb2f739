package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.DirectoryPage;
import com.escalationdesk.browser.HttpSignIn;
import com.escalationdesk.integration.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An integration account on the real server: an admin makes one for the web shop on Teams and
 * users (in Chromium), issues it a token, and the shop files a ticket with it as an agent of
 * Frontline; the account cannot sign in on the pages with any password.
 */
class IntegrationAccountIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theWebShopsAccountWorksThroughTheApiAndCannotSignInOnThePages() throws Exception {
        String login = "webshop" + (System.nanoTime() % 100_000);
        Browser adam = browsers.open();
        adam.signInAs("adam");
        DirectoryPage directory = DirectoryPage.open(adam).createIntegration(login, "Web shop", "Frontline support");
        assertThat(directory.infoMessage()).isEqualTo("Integration account " + login + " created. Issue it a token under API tokens.");
        assertThat(directory.userRow(login)).contains("Web shop", "Frontline support", "Integration account: API only");

        Api shop = Api.withToken(Api.issueToken(login, 1000));
        Answer me = shop.get("api/v1/me");
        assertThat(me.json().getString("login")).isEqualTo(login);
        assertThat(me.json().getString("team")).isEqualTo("Frontline support");
        String number = shop.file("buyer@shop.example", "Order 7731 not delivered", "NORMAL");
        assertThat(shop.get("api/v1/tickets/" + number).json().getString("team")).isEqualTo("Frontline support");

        assertThatThrownBy(() -> HttpSignIn.as(Api.HTTP, login)).as("no password signs it in").isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed");
    }
}
