package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.integration.Api.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's contract: the OpenAPI document the server publishes through MicroProfile OpenAPI
 * ({@code /openapi}) describes every operation, and every answer of a day's worth of real calls (each
 * operation, and the refusals 400, 401, 403, 404, 409, 412, 415, 422 and 429) has a status the
 * document lists for its operation and a body its schema accepts. The two cannot drift apart.
 */
class OpenApiContractIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode document;

    /** One real call and its answer. */
    private record Exchange(String method, String path, Answer answer) {
        /** The path as the document names it, below the application. */
        String documented() {
            return "/api/v1" + path;
        }
    }

    private static final List<Exchange> EXCHANGES = new ArrayList<>();

    @BeforeAll
    static void fetchTheDocument() throws Exception {
        String root = Browser.BASE_URL.substring(0, Browser.BASE_URL.indexOf("/escalation-desk"));
        var answer = Api.HTTP.send(HttpRequest.newBuilder(URI.create(root + "/openapi")).header("Accept", "application/json").GET().build(),
                BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        // kept for whoever reads a failure: the document exactly as the server published it
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi-served.json"), answer.body());
        document = JSON.readTree(answer.body());
    }

    @Test
    void theDocumentDescribesEveryOperationWithItsSchemas() {
        Set<String> paths = new TreeSet<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/v1/tickets", "/api/v1/tickets/{number}", "/api/v1/tickets/{number}/notes",
                "/api/v1/tickets/{number}/escalations", "/api/v1/escalations/{id}/accept", "/api/v1/decisions/{id}/approve",
                "/api/v1/articles", "/api/v1/customers", "/api/v1/metrics/summary", "/api/v1/tokens", "/api/v1/webhooks",
                "/api/v1/webhooks/deliveries/{id}/redeliver", "/api/v1/audit/verification");
        // the server names where the application is: the paths are relative to it
        assertThat(document.at("/servers/0/url").asText()).endsWith("/escalation-desk");
        assertThat(document.at("/components/schemas/Ticket/properties").size()).isGreaterThan(15);
        assertThat(document.at("/info/title").asText()).isEqualTo("Escalation Desk API");
        assertThat(document.at("/components/securitySchemes/token/scheme").asText()).isEqualTo("bearer");

        // every reference names something the document has; every operation has an id, a success, 401 and 429
        Set<String> dangling = new TreeSet<>();
        document.findValues("$ref").forEach(ref -> {
            if (document.at(ref.asText().substring(1)).isMissingNode()) {
                dangling.add(ref.asText());
            }
        });
        assertThat(dangling).isEmpty();
        Set<String> ids = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
                JsonNode o = operation.getValue();
                assertThat(ids.add(o.get("operationId").asText())).as("unique id of %s %s", operation.getKey(), path.getKey()).isTrue();
                Set<String> codes = new TreeSet<>();
                o.get("responses").fieldNames().forEachRemaining(codes::add);
                assertThat(codes).as("%s %s", operation.getKey(), path.getKey()).anyMatch(c -> c.startsWith("2")).contains("401", "429");
            }
        }));
        assertThat(ids).hasSizeGreaterThan(50);
    }

    @Test
    void theSchemasRefuseWhatTheApiNeverAnswers() throws Exception {
        String ticket = "/components/schemas/Ticket";
        assertThat(violations(ticket, "{\"number\":5}")).as("a number that is not text, and required fields missing").isNotEmpty();
        assertThat(violations("/components/schemas/Problem", "{\"title\":\"x\"}")).isNotEmpty();
        assertThat(violations("/components/schemas/TicketStatus", "\"LOST\"")).isNotEmpty();
        assertThat(violations("/components/schemas/WebhookSettings", "{\"privateAddresses\":true,\"more\":1}")).isNotEmpty();
    }

    @Test
    void everyRealAnswerHasADocumentedStatusAndABodyItsSchemaAccepts() throws Exception {
        Api alice = Api.withToken(Api.issueToken("alice", 100_000));
        Api bob = Api.signedInAs("bob");
        Api lena = Api.signedInAs("lena");
        Api maria = Api.signedInAs("maria");
        Api adam = Api.withToken(Api.issueToken("adam", 100_000));
        String email = "contract-" + System.nanoTime() + "@shop.example";

        call(alice, "GET", "/me", null);
        Answer created = call(alice, "POST", "/tickets", "{\"customer\":{\"email\":\"" + email + "\",\"name\":\"Contract\"},\"subject\":\"Contract\","
                + "\"description\":\"d\",\"category\":\"BILLING\",\"priority\":\"HIGH\"}");
        String number = created.json().getString("number");
        String other = call(alice, "POST", "/tickets", "{\"customer\":{\"email\":\"" + email + "\"},\"subject\":\"Another\","
                + "\"description\":\"d\",\"category\":\"BILLING\",\"priority\":\"LOW\"}").json().getString("number");
        String t = "/tickets/" + number;
        call(alice, "POST", "/tickets", "{\"subject\":\"\"}");
        call(alice, "GET", "/tickets?customer=" + email + "&limit=1", null);
        call(alice, "GET", "/tickets?cursor=nonsense", null);
        call(alice, "GET", t, null);
        call(alice, "GET", "/tickets/ESC-999999", null);
        call(Api.signedInAs("nina"), "GET", t, null);
        call(Api.anonymous(), "GET", t, null);
        String tag = created.header("ETag");
        call(alice, "PATCH", t, "{\"priority\":\"URGENT\"}", tag);
        call(alice, "PATCH", t, "{\"priority\":\"LOW\"}", tag);
        call(alice, "PATCH", t, "{}", null);
        Answer file = call(alice, "POST", t + "/attachments?name=notes.txt", "A line of notes.", null, "text/plain");
        long fileId = file.json().getJsonNumber("id").longValue();
        call(alice, "POST", t + "/attachments", "no name", null, "text/plain");
        call(alice, "POST", t + "/attachments?name=scan.pdf", "text, not a PDF", null, "application/pdf");
        call(alice, "GET", t + "/attachments", null);
        call(Api.signedInAs("nina"), "GET", t + "/attachments", null);
        call(alice, "GET", "/attachments/" + fileId, null);
        call(alice, "GET", "/attachments/999999", null);
        call(alice, "GET", "/attachments/" + fileId + "/content", null);
        call(alice, "GET", "/attachments/limits", null);
        call(adam, "PUT", "/attachments/limits", "{\"fileMb\":0,\"ticketMb\":50}");
        call(adam, "PUT", "/attachments/limits", "{\"fileMb\":10,\"ticketMb\":50}");
        call(alice, "POST", t + "/claim", "{}");
        call(alice, "POST", t + "/assign", "{\"assignee\":\"tom\"}");
        call(alice, "POST", t + "/notes", "{\"body\":\"Checked.\"}");
        call(alice, "POST", t + "/replies", "{\"body\":\"On it.\"}");
        call(alice, "GET", t + "/notes", null);
        call(alice, "POST", t + "/wait-on-customer", "{\"question\":\"Which invoice?\"}");
        call(alice, "POST", t + "/resume", "{}");
        call(alice, "POST", t + "/links", "{\"ticket\":\"" + other + "\"}");
        call(alice, "DELETE", t + "/links/" + other, null);
        call(alice, "POST", "/tickets/" + other + "/merge", "{\"into\":\"" + number + "\"}");
        Answer asked = call(alice, "POST", t + "/decisions", "{\"kind\":\"REFUND\",\"amount\":300,\"currency\":\"EUR\",\"justification\":\"Twice\"}");
        String decision = "/decisions/" + asked.json().getJsonNumber("id").longValue();
        call(alice, "GET", decision, null);
        call(alice, "GET", t + "/decisions", null);
        call(lena, "POST", decision + "/approve", "{\"note\":\"Fine\"}");
        String rejected = "/decisions/" + call(alice, "POST", t + "/decisions", "{\"kind\":\"REFUND\",\"amount\":300,\"currency\":\"EUR\","
                + "\"justification\":\"Again\"}").json().getJsonNumber("id").longValue();
        call(lena, "POST", rejected + "/reject", "{\"note\":\"No\"}");
        Answer escalated = call(alice, "POST", t + "/escalations", "{\"reason\":\"KNOWLEDGE\",\"toTeam\":\"Billing specialists\","
                + "\"issue\":\"i\",\"stepsTaken\":\"s\",\"needed\":\"n\"}");
        String escalation = "/escalations/" + escalated.json().getJsonNumber("id").longValue();
        call(alice, "GET", escalation, null);
        call(alice, "GET", t + "/escalations", null);
        call(alice, "POST", escalation + "/accept", "{}");
        call(bob, "POST", escalation + "/accept", "{}");
        call(bob, "POST", t + "/resolve", "{\"summary\":\"Refunded\"}");
        call(bob, "POST", t + "/reopen", "{\"reason\":\"Bounced\"}");
        call(bob, "POST", t + "/resolve", "{\"summary\":\"Refunded again\"}");
        call(bob, "POST", t + "/close", "{}");
        call(bob, "POST", t + "/reopen", "{\"reason\":\"Once more\"}");
        String second = call(alice, "POST", "/tickets", "{\"customer\":{\"email\":\"" + email + "\"},\"subject\":\"Third\","
                + "\"description\":\"d\",\"category\":\"GENERAL\",\"priority\":\"LOW\"}").json().getString("number");
        Answer back = call(alice, "POST", "/tickets/" + second + "/escalations", "{\"reason\":\"COMPLEXITY\",\"toTeam\":\"Network engineering\","
                + "\"issue\":\"i\",\"stepsTaken\":\"s\",\"needed\":\"n\"}");
        call(alice, "POST", "/escalations/" + back.json().getJsonNumber("id").longValue() + "/withdraw", "{}");
        Answer third = call(alice, "POST", "/tickets/" + second + "/escalations", "{\"reason\":\"COMPLEXITY\",\"toTeam\":\"Network engineering\","
                + "\"issue\":\"i\",\"stepsTaken\":\"s\",\"needed\":\"n\"}");
        call(Api.signedInAs("nina"), "POST", "/escalations/" + third.json().getJsonNumber("id").longValue() + "/return", "{\"reason\":\"Not ours\"}");
        Answer articles = call(alice, "GET", "/articles?q=refund&limit=2", null);
        call(alice, "GET", "/articles/" + articles.array().getJsonObject(0).getString("number"), null);
        call(alice, "GET", "/articles?state=LOST", null);
        Answer customers = call(alice, "GET", "/customers?email=" + email, null);
        call(alice, "GET", "/customers/" + customers.array().getJsonObject(0).getJsonNumber("id").longValue(), null);
        call(alice, "GET", "/customers?q=Contract", null);
        call(maria, "GET", "/metrics/summary?days=30", null);
        call(alice, "GET", "/metrics/summary", null);
        call(adam, "GET", "/tokens", null);
        Answer token = call(adam, "POST", "/tokens", "{\"owner\":\"tom\",\"name\":\"Contract\",\"days\":1}");
        call(adam, "DELETE", "/tokens/" + token.json().getJsonObject("token").getJsonNumber("id").longValue(), null);
        call(adam, "PUT", "/webhooks/settings", "{\"privateAddresses\":false}");
        call(adam, "GET", "/webhooks/settings", null);
        Answer hook = call(adam, "POST", "/webhooks", "{\"url\":\"https://hooks.invalid/contract\",\"description\":\"Contract\","
                + "\"events\":[\"sla.breached\"]}");
        String h = "/webhooks/" + hook.json().getJsonObject("webhook").getJsonNumber("id").longValue();
        call(adam, "GET", h, null);
        call(adam, "PATCH", h, "{\"active\":false}", null);
        call(adam, "GET", "/webhooks", null);
        call(adam, "GET", "/webhooks/deliveries?limit=5", null);
        call(adam, "GET", "/webhooks/deliveries/999999999", null);
        call(adam, "GET", "/audit/verification", null);
        call(adam, "GET", "/audit/checkpoints", null);
        call(adam, "GET", "/audit/tickets/" + number + "?format=json", null);
        call(alice, "POST", "/tickets", "<ticket/>", null, "application/xml");
        Api slow = Api.withToken(Api.issueToken("tom", 10));
        for (int i = 0; i < 4; i++) {
            call(slow, "GET", "/me", null);
        }

        List<String> wrong = new ArrayList<>();
        Set<String> operations = new TreeSet<>();
        Set<Integer> statuses = new TreeSet<>();
        for (Exchange e : EXCHANGES) {
            statuses.add(e.answer().status());
            String problem = check(e, operations);
            if (problem != null) {
                wrong.add(e.method() + " " + e.path() + " → " + e.answer().status() + ": " + problem);
            }
        }
        assertThat(wrong).as("answers the document does not describe, of " + EXCHANGES.size()).isEmpty();
        assertThat(statuses).contains(200, 201, 204, 400, 401, 403, 404, 409, 412, 415, 422, 429);
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(m)) {
                documented.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        documented.removeAll(operations);
        assertThat(documented).as("operations no real call exercised")
                .containsOnly("GET /api/v1/audit/entries", "POST /api/v1/audit/verification", "POST /api/v1/audit/checkpoints",
                        "GET /api/v1/audit/checkpoints/latest", "GET /api/v1/audit/consistency",
                        "POST /api/v1/webhooks/deliveries/{id}/redeliver");
    }

    private static Answer call(Api api, String method, String path, String body) throws Exception {
        return call(api, method, path, body, null);
    }

    private static Answer call(Api api, String method, String path, String body, String ifMatch) throws Exception {
        return call(api, method, path, body, ifMatch, "application/json");
    }

    private static Answer call(Api api, String method, String path, String body, String ifMatch, String type) throws Exception {
        HttpRequest.Builder request = api.request("api/v1" + path);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        Answer answer = api.send(request);
        EXCHANGES.add(new Exchange(method, path, answer));
        return answer;
    }

    /** What is wrong with the exchange by the document, or null; the operation it matched is added to {@code operations}. */
    private static String check(Exchange e, Set<String> operations) {
        String path = e.documented().contains("?") ? e.documented().substring(0, e.documented().indexOf('?')) : e.documented();
        Map.Entry<String, JsonNode> template = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (Pattern.matches(p.getKey().replaceAll("\\{[^}]+}", "[^/]+"), path)
                    && (template == null || template.getKey().contains("{") && !p.getKey().contains("{"))) {
                template = p;
            }
        }
        if (template == null) {
            return "no path of the document matches";
        }
        JsonNode operation = template.getValue().get(e.method().toLowerCase());
        if (operation == null) {
            return "the document has no " + e.method() + " for " + template.getKey();
        }
        operations.add(e.method() + " " + template.getKey());
        String status = Integer.toString(e.answer().status());
        JsonNode response = operation.at("/responses/" + status);
        String pointer = "/paths/" + escape(template.getKey()) + "/" + e.method().toLowerCase() + "/responses/" + status;
        if (response.isMissingNode()) {
            return "status " + status + " is not documented for " + template.getKey();
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
            response = document.at(pointer);
        }
        String body = e.answer().body();
        if (body == null || body.isEmpty()) {
            return null;
        }
        String type = e.answer().header("Content-Type");
        type = type == null ? "" : type.split(";")[0].strip();
        if (response.has("content") && response.get("content").has("*/*") && !response.get("content").has(type)) {
            // a file: its bytes, of the type they showed
            return null;
        }
        if (!response.has("content") || !response.get("content").has(type)) {
            return "the document gives no " + type + " body for " + status;
        }
        try {
            Set<ValidationMessage> errors = violations(pointer + "/content/" + escape(type) + "/schema", body);
            return errors.isEmpty() ? null : errors + " in " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        } catch (Exception ex) {
            return ex.toString();
        }
    }

    /** What the schema at the pointer finds wrong with the body; the document's own references resolve within it. */
    private static Set<ValidationMessage> violations(String schemaPointer, String body) throws Exception {
        ObjectNode schema = document.deepCopy();
        // a reference is a URI fragment: its '+' would be read as a space
        schema.put("$ref", ("#" + schemaPointer).replace("+", "%2B"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema).validate(JSON.readTree(body));
    }

    private static String escape(String pointerPart) {
        return pointerPart.replace("~", "~0").replace("/", "~1");
    }
}
