package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.integration.Api.Answer;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks on the real server, received by an HTTP server in this test that verifies every signature
 * with the webhook's secret: private addresses refused until allowed, each event delivered once and
 * signed, a failing receiver retried until it answers, a delivery sent again with its message id.
 */
class WebhooksIT {

    /** One POST the receiver got: its Standard Webhooks headers and its body. */
    record Received(String path, String id, String timestamp, String signature, String body) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String type() {
            return json().getString("type");
        }

        String ticket() {
            return json().getJsonObject("data").getString("ticketNumber");
        }
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAIL_NEXT = new AtomicInteger();
    private static HttpServer receiver;
    private static Api adam;

    @BeforeAll
    static void listen() throws IOException, Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            boolean fail = FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail) {
                RECEIVED.add(new Received(exchange.getRequestURI().getPath(), h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), body));
            }
            exchange.sendResponseHeaders(fail ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
        adam = Api.withToken(Api.issueToken("adam", 100_000));
    }

    @AfterAll
    static void stop() throws Exception {
        // later tests' events are nobody's business here
        for (var hook : adam.get("api/v1/webhooks").array()) {
            adam.patch("api/v1/webhooks/" + hook.asJsonObject().getJsonNumber("id").longValue(), "{\"active\":false}", null);
        }
        adam.send(adam.request("api/v1/webhooks/settings").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"privateAddresses\":false}")));
        receiver.stop(0);
    }

    private static String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
    }

    private static Answer privateAddresses(boolean allowed) throws Exception {
        return adam.send(adam.request("api/v1/webhooks/settings").header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"privateAddresses\":" + allowed + "}")));
    }

    /** Waits up to 30 s for a delivery the test expects. */
    private static Received await(Predicate<Received> wanted) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (Received r : RECEIVED) {
                if (wanted.test(r)) {
                    return r;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No such delivery within 30 s; received " + RECEIVED.stream().map(Received::body).toList());
    }

    @Test
    void eventsReachTheReceiverSignedAndAFailingReceiverIsTriedAgainUntilItAnswers() throws Exception {
        assertThat(privateAddresses(false).status()).isEqualTo(200);
        Answer refused = adam.post("api/v1/webhooks", "{\"url\":\"" + url() + "\",\"description\":\"Test receiver\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("private or loopback address");
        assertThat(privateAddresses(true).json().getBoolean("privateAddresses")).isTrue();
        Answer registered = adam.post("api/v1/webhooks", "{\"url\":\"" + url() + "\",\"description\":\"Test receiver\","
                + "\"events\":[\"ticket.created\",\"escalation.requested\",\"escalation.accepted\",\"ticket.resolved\","
                + "\"decision.rejected\"]}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String secret = registered.json().getString("secret");
        assertThat(secret).startsWith("whsec_");

        Api alice = Api.signedInAs("alice");
        String number = alice.file("hooked-" + System.nanoTime() + "@shop.example", "Heard by the web shop", "HIGH");
        Received created = await(r -> r.type().equals("ticket.created") && r.ticket().equals(number));
        assertThat(created.id()).startsWith("msg_");
        assertThat(WebhookSignature.verify(secret, created.id(), Long.parseLong(created.timestamp()), created.body(), created.signature()))
                .as("signed with the webhook's secret").isTrue();
        assertThat(Math.abs(Long.parseLong(created.timestamp()) - Instant.now().getEpochSecond())).isLessThan(60);
        JsonObject data = created.json().getJsonObject("data");
        assertThat(data.getString("actor")).isEqualTo("alice");
        assertThat(data.getJsonObject("ticket").getString("subject")).isEqualTo("Heard by the web shop");
        assertThat(created.json().getString("timestamp")).endsWith("Z");

        Answer escalated = alice.post("api/v1/tickets/" + number + "/escalations", "{\"reason\":\"KNOWLEDGE\",\"toTeam\":\"Billing specialists\","
                + "\"issue\":\"i\",\"stepsTaken\":\"s\",\"needed\":\"n\"}");
        String escalation = escalated.header("Location").substring(escalated.header("Location").indexOf("api/v1/"));
        await(r -> r.type().equals("escalation.requested") && r.ticket().equals(number));
        Api bob = Api.signedInAs("bob");
        assertThat(bob.post(escalation + "/accept", "{}").status()).isEqualTo(204);
        Received accepted = await(r -> r.type().equals("escalation.accepted") && r.ticket().equals(number));
        assertThat(accepted.json().getJsonObject("data").getJsonObject("ticket").getString("team")).isEqualTo("Billing specialists");

        // the receiver is down for the resolution's first attempt; the outbox tries again 5 s later
        FAIL_NEXT.set(1);
        assertThat(bob.post("api/v1/tickets/" + number + "/resolve", "{\"summary\":\"Refunded\"}").status()).isEqualTo(200);
        Received resolved = await(r -> r.type().equals("ticket.resolved") && r.ticket().equals(number));
        assertThat(WebhookSignature.verify(secret, resolved.id(), Long.parseLong(resolved.timestamp()), resolved.body(), resolved.signature()))
                .isTrue();
        JsonObject delivery = adam.get("api/v1/webhooks/deliveries?limit=50").array().stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("messageId").equals(resolved.id())).findFirst().orElseThrow();
        assertThat(delivery.getString("state")).isEqualTo("Delivered");
        assertThat(delivery.getInt("attempts")).isEqualTo(2);
        assertThat(delivery.getInt("lastStatus")).isEqualTo(204);
        assertThat(RECEIVED.stream().filter(r -> r.type().equals("ticket.created") && r.ticket().equals(number)).count())
                .as("each event once").isEqualTo(1);

        // an admin sends it again: the same message id, so the receiver can tell it had it
        long deliveryId = delivery.getJsonNumber("id").longValue();
        assertThat(adam.post("api/v1/webhooks/deliveries/" + deliveryId + "/redeliver", "{}").status()).isEqualTo(202);
        Instant until = Instant.now().plusSeconds(30);
        while (RECEIVED.stream().filter(r -> r.id().equals(resolved.id())).count() < 2 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        assertThat(RECEIVED.stream().filter(r -> r.id().equals(resolved.id())).count()).isEqualTo(2);

        // the admin's page lists the webhook and its deliveries with their outcome
        Answer page = Api.signedInAs("adam").get("admin/webhooks.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Test receiver", url(), "ticket.resolved", "Delivered", "HTTP 204", "Send again")
                .doesNotContain(secret);
    }

    @Test
    void anEventNobodyAskedForIsNotSentAndWrongRegistrationsAreNamed() throws Exception {
        assertThat(privateAddresses(true).status()).isEqualTo(200);
        Answer only = adam.post("api/v1/webhooks", "{\"url\":\"" + url() + "/rejections\",\"description\":\"Rejections only\","
                + "\"events\":[\"decision.rejected\"]}");
        assertThat(only.status()).isEqualTo(201);
        Api alice = Api.signedInAs("alice");
        String number = alice.file("rejected-" + System.nanoTime() + "@shop.example", "Refund refused", "NORMAL");
        Answer asked = alice.post("api/v1/tickets/" + number + "/decisions",
                "{\"kind\":\"REFUND\",\"amount\":300,\"currency\":\"EUR\",\"justification\":\"Asked twice\"}");
        String decision = asked.header("Location").substring(asked.header("Location").indexOf("api/v1/"));
        assertThat(Api.signedInAs("lena").post(decision + "/reject", "{\"note\":\"Outside the notice period\"}").status()).isEqualTo(204);

        Received rejected = await(r -> r.path().endsWith("/rejections") && r.ticket().equals(number));
        assertThat(rejected.type()).isEqualTo("decision.rejected");
        assertThat(rejected.json().getJsonObject("data").getString("actor")).isEqualTo("lena");
        Thread.sleep(1_000);
        assertThat(RECEIVED.stream().filter(r -> r.path().endsWith("/rejections") && r.ticket().equals(number)).map(Received::type))
                .as("this webhook hears of the rejection alone, once").containsExactly("decision.rejected");

        assertThat(adam.post("api/v1/webhooks", "{\"url\":\"ftp://shop.example/x\",\"description\":\"x\"}").status()).isEqualTo(409);
        Answer unknownEvent = adam.post("api/v1/webhooks", "{\"url\":\"https://shop.example/x\",\"description\":\"x\",\"events\":[\"ticket.exploded\"]}");
        assertThat(unknownEvent.status()).isEqualTo(400);
        assertThat(unknownEvent.body()).contains("\"field\":\"events\"");
        assertThat(adam.post("api/v1/webhooks", "{\"url\":\"https://shop.example/x\"}").status()).isEqualTo(422);
        assertThat(Api.signedInAs("maria").get("api/v1/webhooks").status()).isEqualTo(403);
    }
}
