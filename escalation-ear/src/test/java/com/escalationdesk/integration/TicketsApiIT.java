package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.HttpSignIn;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tickets filed and read by another system over plain HTTP on the real server: 201 with Location and
 * ETag, 304 for an unchanged ticket, 422 with the fields at fault, and one ticket from many retries
 * with one Idempotency-Key sent at the same time.
 */
class TicketsApiIT {

    private static HttpClient client;
    private static HttpSignIn alice;

    @BeforeAll
    static void signIn() throws Exception {
        client = HttpSignIn.client();
        alice = HttpSignIn.as(client, "alice");
    }

    private static String ticket(String subject) {
        return "{\"customer\":{\"email\":\"jane.doe@example.com\"},\"subject\":\"" + subject + "\","
                + "\"description\":\"Filed by the web shop.\",\"category\":\"BILLING\",\"priority\":\"HIGH\"}";
    }

    private static HttpResponse<String> create(HttpSignIn who, String body, String key) throws Exception {
        HttpRequest.Builder request = who.request("api/v1/tickets").header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return client.send(request.POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    @Test
    void aTicketFiledForAKnownCustomerIsCreatedWithItsAddressAndTagAndReadBackUnlessUnchanged() throws Exception {
        HttpResponse<String> created = create(alice, ticket("Refund for order 7731"), null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/escalation-desk/api/v1/tickets/ESC-\\d+");
        String number = location.substring(location.lastIndexOf('/') + 1);
        String tag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(created.body()).contains("\"number\":\"" + number + "\"", "\"subject\":\"Refund for order 7731\"",
                "\"customerEmail\":\"jane.doe@example.com\"", "\"priority\":\"HIGH\"", "\"category\":\"BILLING\"",
                "\"team\":\"Frontline support\"", "\"tier\":1");
        assertThat(created.body()).containsPattern("\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:[0-9.]+Z\"");

        HttpResponse<String> read = alice.get("api/v1/tickets/" + number);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue(tag);
        HttpResponse<String> unchanged = client.send(alice.request("api/v1/tickets/" + number).header("If-None-Match", tag).GET().build(),
                BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(alice.get("api/v1/tickets/ESC-999999").statusCode()).isEqualTo(404);
        // another team's agent may not read it
        assertThat(HttpSignIn.as(client, "nina").get("api/v1/tickets/" + number).statusCode()).isEqualTo(403);
    }

    @Test
    void aNewCustomerIsCreatedWithTheTicketAndAnUnknownEmailWithoutANameIsRefused() throws Exception {
        String email = "buyer-" + System.nanoTime() + "@shop.example";
        HttpResponse<String> created = create(alice, "{\"customer\":{\"email\":\"" + email + "\",\"name\":\"Pat Buyer\"},"
                + "\"subject\":\"Where is my parcel\",\"description\":\"Ordered a week ago.\",\"category\":\"GENERAL\",\"priority\":\"NORMAL\"}", null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"customerName\":\"Pat Buyer\"", "\"customerEmail\":\"" + email + "\"");

        HttpResponse<String> nameless = create(alice, "{\"customer\":{\"email\":\"nobody-" + System.nanoTime() + "@shop.example\"},"
                + "\"subject\":\"s\",\"description\":\"d\",\"category\":\"GENERAL\",\"priority\":\"NORMAL\"}", null);
        assertThat(nameless.statusCode()).isEqualTo(409);
        assertThat(nameless.body()).contains("give their name too");
    }

    @Test
    void missingAndWrongFieldsAreNamedAndManagersDoNotFileTickets() throws Exception {
        HttpResponse<String> missing = create(alice, "{\"subject\":\" \"}", null);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"field\":\"customer.email\"", "\"field\":\"subject\"", "\"field\":\"description\"",
                "\"field\":\"category\"", "\"field\":\"priority\"");

        HttpResponse<String> wrongCategory = create(alice, ticket("x").replace("BILLING", "PLUMBING"), null);
        assertThat(wrongCategory.statusCode()).isEqualTo(400);
        assertThat(wrongCategory.body()).contains("\"field\":\"category\"", "not 'PLUMBING'");
        HttpResponse<String> unknownField = create(alice, "{\"customer\":{\"email\":\"a@b.example\",\"phone\":\"1\"}}", null);
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("\"field\":\"customer.phone\"");

        HttpResponse<String> byManager = create(HttpSignIn.as(client, "maria"), ticket("From a manager"), null);
        assertThat(byManager.statusCode()).isEqualTo(403);
    }

    @Test
    void retriesWithOneIdempotencyKeySentAtOnceMakeOneTicketAndTheKeyWithAnotherRequestIsRefused() throws Exception {
        String key = "order-7732-" + System.nanoTime();
        String body = ticket("Refund for order 7732");
        int retries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                sends.add(() -> create(alice, body, key));
            }
            for (Future<HttpResponse<String>> answer : pool.invokeAll(sends)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).extracting(HttpResponse::statusCode).as(answers.get(0).body()).containsOnly(201);
        assertThat(answers).extracting(a -> a.headers().firstValue("Location").orElseThrow()).hasSize(retries).containsOnly(
                answers.get(0).headers().firstValue("Location").orElseThrow());
        assertThat(answers.stream().filter(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty()).count())
                .as("requests that created a ticket").isEqualTo(1);

        HttpResponse<String> later = create(alice, body, key);
        assertThat(later.statusCode()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        HttpResponse<String> other = create(alice, ticket("Refund for order 7733"), key);
        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("was sent before with another request");
        // keys are the caller's own: lena's first use of the same key creates her ticket
        HttpResponse<String> lenas = create(HttpSignIn.as(client, "lena"), body, key);
        assertThat(lenas.statusCode()).isEqualTo(201);
        assertThat(lenas.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(lenas.headers().firstValue("Location")).isNotEqualTo(answers.get(0).headers().firstValue("Location"));
    }
}
