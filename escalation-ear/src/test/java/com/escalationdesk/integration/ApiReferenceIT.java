package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.integration.Api.Answer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * What another system looks up over the API, on the real server with the demo desk: the knowledge base
 * searched and read, customers found by email and by name, and the dashboard's headline figures; and
 * tokens issued and revoked by an admin's script, each held to its calls a minute.
 */
class ApiReferenceIT {

    @Test
    void theKnowledgeBaseIsSearchedByRelevanceAndAnArticleReadWithItsVersionTag() throws Exception {
        Api alice = Api.signedInAs("alice");

        Answer found = alice.get("api/v1/articles?q=refund&state=VALIDATED&limit=3");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.array()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        JsonObject first = found.array().getJsonObject(0);
        assertThat(first.getString("state")).isEqualTo("VALIDATED");
        Answer article = alice.get("api/v1/articles/" + first.getString("number"));
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.json().getJsonObject("content").getString("resolution")).isNotBlank();
        assertThat(article.header("ETag")).isEqualTo("\"" + first.getString("number") + "." + article.json().getInt("version") + "\"");
        assertThat(alice.get("api/v1/articles/KB-999999").status()).isEqualTo(404);
        assertThat(alice.get("api/v1/articles?state=LOST").status()).isEqualTo(400);
    }

    @Test
    void aCustomerIsFoundByEmailAndByNameAndReadById() throws Exception {
        Api alice = Api.signedInAs("alice");
        String email = "Lookup-" + System.nanoTime() + "@Shop.example";
        alice.file(email, "Lookup", "LOW");

        Answer byEmail = alice.get("api/v1/customers?email=" + email.toLowerCase());

        assertThat(byEmail.array()).hasSize(1);
        JsonObject customer = byEmail.array().getJsonObject(0);
        assertThat(customer.getString("name")).isEqualTo("API Customer");
        assertThat(alice.get("api/v1/customers/" + customer.getJsonNumber("id").longValue()).json().getString("email"))
                .isEqualToIgnoringCase(email);
        assertThat(alice.get("api/v1/customers?q=API%20Cust").array()).isNotEmpty();
        assertThat(alice.get("api/v1/customers?email=nobody-" + email).array()).isEmpty();
        assertThat(alice.get("api/v1/customers/999999999").status()).isEqualTo(404);
        assertThat(alice.get("api/v1/customers/abc").status()).isEqualTo(400);
    }

    @Test
    void theMetricsSummaryGivesTheDashboardsRatesForThePeriodAndTheOneBefore() throws Exception {
        Answer summary = Api.signedInAs("maria").get("api/v1/metrics/summary?days=30");

        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonObject current = summary.json().getJsonObject("current");
        assertThat(current.getInt("resolved")).isPositive();
        JsonObject escalated = current.getJsonObject("escalated");
        assertThat(escalated.getInt("whole")).isEqualTo(current.getInt("resolved"));
        assertThat(escalated.getJsonNumber("percent").doubleValue())
                .isCloseTo(100.0 * escalated.getInt("part") / escalated.getInt("whole"), org.assertj.core.data.Offset.offset(0.06));
        assertThat(current.getJsonObject("resolutionTime").getString("median")).startsWith("P");
        assertThat(summary.json().containsKey("previous")).isTrue();
        assertThat(summary.json().getString("period")).isEqualTo("the last 30 days");
        assertThat(Api.signedInAs("maria").get("api/v1/metrics/summary?days=0").status()).isEqualTo(400);
    }

    @Test
    void anAdminsScriptIssuesATokenThatCallsAsItsOwnerUntilRevoked() throws Exception {
        Api adam = Api.signedInAs("adam");
        Answer issued = adam.post("api/v1/tokens", "{\"owner\":\"tom\",\"name\":\"Chat tool\",\"days\":7}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String secret = issued.json().getString("secret");
        long id = issued.json().getJsonObject("token").getJsonNumber("id").longValue();
        assertThat(issued.header("Location")).endsWith("/api/v1/tokens/" + id);
        assertThat(issued.json().getJsonObject("token").getInt("requestsPerMinute")).isEqualTo(1200);

        assertThat(Api.withToken(secret).get("api/v1/me").json().getString("login")).isEqualTo("tom");
        assertThat(adam.get("api/v1/tokens").body()).contains("Chat tool").doesNotContain(secret);
        assertThat(adam.delete("api/v1/tokens/" + id).status()).isEqualTo(204);
        Answer revoked = Api.withToken(secret).get("api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.header("WWW-Authenticate")).contains("invalid_token");

        Answer nameless = adam.post("api/v1/tokens", "{\"owner\":\"tom\"}");
        assertThat(nameless.status()).isEqualTo(422);
        assertThat(nameless.body()).contains("\"field\":\"name\"");
        assertThat(adam.post("api/v1/tokens", "{\"owner\":\"tom\",\"name\":\"x\",\"requestsPerMinute\":5}").status()).isEqualTo(409);
    }

    @Test
    void aTokenBeyondItsCallsAMinuteIsAnswered429WithWhenToRetryAndIsServedAgainThen() throws Exception {
        Api slow = Api.withToken(Api.issueToken("tom", 10));

        Answer first = slow.get("api/v1/me");
        Answer second = slow.get("api/v1/me");
        Answer third = slow.get("api/v1/me");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-RateLimit-Limit")).isEqualTo("10/min");
        assertThat(second.status()).isEqualTo(200);
        assertThat(third.status()).as(third.body()).isEqualTo(429);
        assertThat(third.header("Content-Type")).isEqualTo("application/problem+json");
        long retryAfter = Long.parseLong(third.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 6L);
        assertThat(third.body()).contains("10 calls a minute");
        // another token of the same owner has its own calls
        assertThat(Api.withToken(Api.issueToken("tom", 10)).get("api/v1/me").status()).isEqualTo(200);
        Thread.sleep(retryAfter * 1000 + 200);
        assertThat(slow.get("api/v1/me").status()).isEqualTo(200);
    }
}
