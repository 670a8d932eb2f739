package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.ApiTokensPage;
import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In Chromium and over plain HTTP: an admin issues an API token to alice, another system calls the
 * API with it as alice (her roles, not more; no cookie, so no cross-site rule applies), and once the
 * admin revokes it every call with it is refused with the reason.
 */
class ApiTokensIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    final Browsers browsers = new Browsers();

    private static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + path)).header("Authorization", "Bearer " + token)
                .GET().build(), BodyHandlers.ofString());
    }

    @Test
    void aTokenIssuedOnTheScreenCallsTheApiAsItsOwnerUntilItIsRevoked() throws Exception {
        Browser adam = browsers.open();
        adam.signInAs("adam");
        ApiTokensPage page = ApiTokensPage.open(adam);
        assertThat(page.issueExpectingError("Without an owner")).isEqualTo("The token's owner is required.");
        String name = "Web shop refunds " + Long.toString(System.nanoTime(), 36);
        String secret = page.issue("alice", name, 30);
        assertThat(secret).startsWith("edk_").hasSize(47);
        assertThat(page.row(name)).contains("Alice", secret.substring(0, 12) + "…", "never", "Active");

        // the call runs as alice, without a session
        HttpResponse<String> me = get("api/v1/me", secret);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("\"login\":\"alice\"", "\"roles\":[\"AGENT\"]");
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
        // her roles and no more: the audit trail's verification is for admins
        HttpResponse<String> adminOnly = get("api/v1/audit/verification", secret);
        assertThat(adminOnly.statusCode()).isEqualTo(403);
        assertThat(adminOnly.body()).contains("Your role does not allow this operation.");
        // a token is never sent by a browser on its own: a foreign Origin does not make its call cross-site
        HttpResponse<String> change = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/escalations/999999/accept"))
                .header("Authorization", "Bearer " + secret).header("Origin", "https://shop.example")
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
        assertThat(change.statusCode()).as(change.body()).isEqualTo(404);

        // a token the desk never issued, and one with a wrong last character
        HttpResponse<String> unknown = get("api/v1/me", "edk_" + "A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
                .startsWith("Bearer realm=\"escalation-desk\", error=\"invalid_token\""));
        assertThat(unknown.body()).contains("\"title\":\"Token refused\"", "The bearer token is not known.");
        String altered = secret.substring(0, secret.length() - 1) + (secret.endsWith("A") ? "B" : "A");
        assertThat(get("api/v1/me", altered).statusCode()).isEqualTo(401);
        HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "api/v1/me")).GET().build(),
                BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"escalation-desk\"");

        // the list shows the use; revoked, the token is refused with the reason
        page = ApiTokensPage.open(adam);
        assertThat(page.showsASecret()).as("the secret is shown once").isFalse();
        assertThat(page.row(name)).doesNotContain("never").contains("Active");
        assertThat(page.revoke(name)).isEqualTo("Token revoked: calls with it are refused from now on.");
        assertThat(page.row(name)).contains("Revoked");
        HttpResponse<String> revoked = get("api/v1/me", secret);
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("The token was revoked.");
    }
}
