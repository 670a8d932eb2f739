package com.escalationdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.HttpSignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API and the pages against cross-site requests, oversized and malformed input, and what the
 * server tells about itself, over plain HTTP on the real server (a browser will not forge Origin).
 */
class ApiHardeningIT {

    private static final String ACCEPT = "api/v1/escalations/999999/accept";
    private static final String RETURN = "api/v1/escalations/999999/return";

    private static HttpClient client;
    private static HttpSignIn alice;

    @BeforeAll
    static void signIn() throws Exception {
        client = HttpSignIn.client();
        alice = HttpSignIn.as(client, "alice");
    }

    @Test
    void anAnonymousCallIsRefusedBeforeItsBodyIsRead() throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + ACCEPT))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Not signed in\"");
    }

    @Test
    void aStateChangingCallThatIsNotJsonIsRefusedWith415() throws Exception {
        HttpResponse<String> noType = post(alice.request(ACCEPT), null, "");
        HttpResponse<String> form = post(alice.request(ACCEPT), "application/x-www-form-urlencoded", "a=b");
        HttpResponse<String> text = post(alice.request(ACCEPT), "text/plain", "{}");

        assertThat(noType.statusCode()).isEqualTo(415);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("Send the body as application/json, not text/plain.");
    }

    @Test
    void aCookieCallFromAForeignOriginIsRefusedAndOurOwnOriginIsNot() throws Exception {
        HttpResponse<String> foreign = post(alice.request(ACCEPT).header("Origin", "https://evil.example"), "application/json", "{}");
        HttpResponse<String> crossSite = post(alice.request(ACCEPT).header("Sec-Fetch-Site", "cross-site"), "application/json", "{}");
        String own = URI.create(Browser.BASE_URL).getScheme() + "://" + URI.create(Browser.BASE_URL).getRawAuthority();
        HttpResponse<String> ours = post(alice.request(ACCEPT).header("Origin", own).header("Sec-Fetch-Site", "same-origin"),
                "application/json", "{}");

        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("not from https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(ours.statusCode()).as(ours.body()).isEqualTo(404);
        assertThat(ours.body()).contains("999999");
    }

    @Test
    void aBodyOverOneMebibyteIsRefusedWith413() throws Exception {
        String big = "{\"reason\":\"" + "x".repeat(1024 * 1024) + "\"}";

        HttpResponse<String> answer = post(alice.request(RETURN), "application/json", big);

        assertThat(answer.statusCode()).isEqualTo(413);
    }

    @Test
    void malformedOrWronglyTypedJsonIsA400ThatNamesTheField() throws Exception {
        HttpResponse<String> malformed = post(alice.request(RETURN), "application/json", "{\"reason\": ");
        HttpResponse<String> number = post(alice.request(RETURN), "application/json", "{\"reason\": 5}");
        HttpResponse<String> unknown = post(alice.request(RETURN), "application/json", "{\"reasn\": \"typo\"}");
        HttpResponse<String> deep = post(alice.request(RETURN), "application/json", "[".repeat(5000) + "]".repeat(5000));
        HttpResponse<String> badId = post(alice.request("api/v1/escalations/abc/accept"), "application/json", "{}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"body\"", "not valid JSON");
        assertThat(number.statusCode()).isEqualTo(400);
        assertThat(number.body()).contains("\"field\":\"reason\"", "'reason' must be text, not number.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"reasn\"", "Unknown field");
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("nested more than 32 deep");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("\"field\":\"id\"", "'id' must be a positive whole number, not 'abc'.");
    }

    @Test
    void outOfRangeOrReversedDatesAreA400ThatNamesTheParameter() throws Exception {
        HttpSignIn adam = HttpSignIn.as(client, "adam");

        HttpResponse<String> farFuture = adam.get("api/v1/audit/entries?from=2026-11-01&to=+999999999-12-31");
        HttpResponse<String> reversed = adam.get("api/v1/audit/entries?from=2026-11-30&to=2026-11-01");
        HttpResponse<String> notADate = adam.get("api/v1/audit/entries?from=yesterday&to=2026-11-01");

        assertThat(farFuture.statusCode()).isEqualTo(400);
        assertThat(farFuture.body()).contains("\"field\":\"to\"");
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("comes before 'from'");
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(notADate.body()).contains("\"field\":\"from\"");
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNamesNoServerVersion() throws Exception {
        HttpResponse<String> page = alice.get("ticket/queue.xhtml");
        HttpResponse<String> api = alice.get("api/v1/audit/tickets/ESC-0?format=json");
        HttpResponse<String> wadl = alice.get("api/v1/application.wadl");

        for (HttpResponse<String> answer : java.util.List.of(page, api)) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(answer.headers().allValues("Content-Security-Policy"))
                    .anyMatch(policy -> policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'")
                            && policy.contains("form-action 'self'"));
            assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
            assertThat(answer.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("payara")
                    .doesNotContainIgnoringCase("glassfish");
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Content-Security-Policy")).as("scripts only with this response's nonce")
                .anyMatch(policy -> policy.matches(".*script-src[^;]*'nonce-[A-Za-z0-9+/=_-]+'.*"));
        assertThat(page.body()).doesNotContain(" onclick=\"").doesNotContain(" onchange=\"");
        assertThat(wadl.statusCode()).isEqualTo(404);
        assertThat(wadl.body()).doesNotContain("<application");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(Browser.BASE_URL + "login.xhtml")).GET().build(),
                BodyHandlers.ofString());

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void aManagerWhoOpensTheAgentsQueueGetsTheNotAllowedPageNotAFailure() throws Exception {
        HttpSignIn maria = HttpSignIn.as(client, "maria");

        HttpResponse<String> queue = maria.get("ticket/queue.xhtml");

        assertThat(queue.statusCode()).isEqualTo(403);
        assertThat(queue.body()).contains("Not allowed", "Your role does not include this page.");
    }

    @Test
    void aFormSentFromAPageTheServerNoLongerHoldsSaysSoWith400() throws Exception {
        HttpResponse<String> stale = post(alice.request("ticket/new.xhtml"), "application/x-www-form-urlencoded",
                "newTicket=newTicket&newTicket%3Asubject=Lost&jakarta.faces.ViewState=-123456789%3A987654321");

        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("This page had expired", "nothing was saved")
                .contains("/escalation-desk/ticket/new.xhtml").doesNotContain("login:loginName");
    }

    @Test
    void aTableRequestWithANegativeOffsetOrABadPageSizeIsRefusedWith400() throws Exception {
        HttpResponse<String> negative = post(alice.request("ticket/queue.xhtml"), "application/x-www-form-urlencoded",
                "queues%3AmyQueueForm%3AmyQueue_first=-5&queues%3AmyQueueForm%3AmyQueue_rows=25");
        HttpResponse<String> rows = post(alice.request("ticket/queue.xhtml"), "application/x-www-form-urlencoded",
                "queues%3AmyQueueForm%3AmyQueue_first=0&queues%3AmyQueueForm%3AmyQueue_rows=abc");

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).isEqualTo("A table's first row must be a whole number, not '-5'.");
        assertThat(rows.statusCode()).isEqualTo(400);
        assertThat(rows.body()).isEqualTo("A table's page size must be a whole number, not 'abc'.");
    }

    @Test
    void anAddressOutsideTheDeskGetsAPlainPageThatNamesNoServer() throws Exception {
        URI base = URI.create(Browser.BASE_URL);
        HttpResponse<String> outside = client.send(HttpRequest.newBuilder(base.resolve("/no-such-application/x")).GET().build(),
                BodyHandlers.ofString());

        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(outside.body()).contains("There is nothing at this address.").doesNotContainIgnoringCase("payara")
                .doesNotContainIgnoringCase("glassfish");
    }

    private static HttpResponse<String> post(HttpRequest.Builder request, String contentType, String body) throws Exception {
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }
}
