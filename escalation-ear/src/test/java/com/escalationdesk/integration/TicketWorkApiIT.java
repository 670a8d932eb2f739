package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.integration.Api.Answer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ticket worked from start to end by another system over plain HTTP on the real server: listed with
 * filters and a cursor, changed only if unchanged since read (412 otherwise), talked on, escalated and
 * accepted, a refund asked for and approved, waited on, resolved, reopened, linked, merged and closed.
 */
class TicketWorkApiIT {

    private static Api alice;

    @BeforeAll
    static void signIn() throws Exception {
        alice = Api.withToken(Api.issueToken("alice", 100_000));
    }

    private static String email() {
        return "api-" + System.nanoTime() + "@shop.example";
    }

    @Test
    void aCustomersTicketsAreListedPageByPageWithFiltersAndEveryOneOnce() throws Exception {
        String email = email();
        List<String> filed = new ArrayList<>();
        for (String priority : List.of("LOW", "URGENT", "NORMAL", "URGENT", "HIGH")) {
            filed.add(alice.file(email, "Listed " + priority, priority));
        }

        List<String> listed = new ArrayList<>();
        String path = "api/v1/tickets?customer=" + email + "&limit=2";
        int pages = 0;
        while (path != null) {
            Answer page = alice.get(path);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().getInt("total")).isEqualTo(5);
            page.json().getJsonArray("items").forEach(t -> listed.add(t.asJsonObject().getString("number")));
            String next = page.json().containsKey("next") ? page.json().getString("next") : null;
            if (next != null) {
                assertThat(page.header("Link")).contains("cursor=" + next, "rel=\"next\"");
            }
            path = next == null ? null : "api/v1/tickets?customer=" + email + "&limit=2&cursor=" + next;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        // newest change first: the last filed comes first
        List<String> newestFirst = new ArrayList<>(filed);
        java.util.Collections.reverse(newestFirst);
        assertThat(listed).containsExactlyElementsOf(newestFirst);

        Answer urgent = alice.get("api/v1/tickets?customer=" + email + "&priority=urgent&order=created");
        assertThat(urgent.json().getJsonArray("items")).extracting(t -> t.asJsonObject().getString("number"))
                .containsExactly(filed.get(3), filed.get(1));
        Answer open = alice.get("api/v1/tickets?customer=" + email + "&status=NEW,OPEN&team=frontline%20support&tier=1");
        assertThat(open.json().getInt("total")).as(open.body()).isEqualTo(5);
        assertThat(alice.get("api/v1/tickets?customer=" + email + "&updatedFrom=2100-01-01").json().getInt("total")).isZero();
        assertThat(alice.get("api/v1/tickets?customer=" + email + "&createdFrom=2020-01-01T00:00:00Z").json().getInt("total")).isEqualTo(5);
        assertThat(alice.get("api/v1/tickets?customer=nobody-" + email).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void wrongListingParametersAreNamed() throws Exception {
        assertBad(alice.get("api/v1/tickets?cursor=bogus"), "cursor");
        assertBad(alice.get("api/v1/tickets?createdFrom=yesterday"), "createdFrom");
        assertBad(alice.get("api/v1/tickets?limit=0"), "limit");
        assertBad(alice.get("api/v1/tickets?limit=101"), "limit");
        assertBad(alice.get("api/v1/tickets?status=LOST"), "status");
        assertBad(alice.get("api/v1/tickets?team=Plumbers"), "team");
        assertBad(alice.get("api/v1/tickets?order=random"), "order");
        Answer backwards = alice.get("api/v1/tickets?updatedFrom=2026-12-02&updatedTo=2026-12-01");
        assertThat(backwards.status()).isEqualTo(409);
        assertThat(backwards.body()).contains("must end after it begins");
    }

    private static void assertBad(Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    @Test
    void aChangeNamingTheVersionItReadIsMadeAndAStaleOneIsRefusedWith412() throws Exception {
        String number = alice.file(email(), "Priority and category", "NORMAL");
        Answer read = alice.get("api/v1/tickets/" + number);
        String tag = read.header("ETag");

        Answer changed = alice.patch("api/v1/tickets/" + number, "{\"priority\":\"URGENT\",\"category\":\"BILLING\"}", tag);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("priority")).isEqualTo("URGENT");
        assertThat(changed.json().getString("category")).isEqualTo("BILLING");
        assertThat(changed.header("ETag")).isNotEqualTo(tag).isEqualTo(alice.get("api/v1/tickets/" + number).header("ETag"));
        Answer stale = alice.patch("api/v1/tickets/" + number, "{\"priority\":\"LOW\"}", tag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body()).contains("has changed since you read it");
        assertThat(alice.get("api/v1/tickets/" + number).json().getString("priority")).as("nothing written").isEqualTo("URGENT");
        assertThat(alice.patch("api/v1/tickets/" + number, "{\"priority\":\"LOW\"}", "\"ESC-1.1\"").status()).isEqualTo(412);
        assertThat(alice.patch("api/v1/tickets/" + number, "{\"priority\":\"LOW\"}", "W/" + changed.header("ETag")).status())
                .as("a weak tag never matches").isEqualTo(412);
        // without If-Match the change is made as the ticket is now
        assertThat(alice.patch("api/v1/tickets/" + number, "{\"priority\":\"LOW\"}", null).status()).isEqualTo(200);

        assertThat(alice.patch("api/v1/tickets/" + number, "{}", null).status()).isEqualTo(422);
        assertBad(alice.patch("api/v1/tickets/" + number, "{\"category\":\"PLUMBING\"}", null), "category");
        assertBad(alice.patch("api/v1/tickets/" + number, "{\"status\":\"CLOSED\"}", null), "status");
        assertThat(alice.patch("api/v1/tickets/ESC-999999", "{\"priority\":\"LOW\"}", null).status()).isEqualTo(404);
        assertThat(Api.signedInAs("nina").patch("api/v1/tickets/" + number, "{\"priority\":\"HIGH\"}", null).status())
                .isEqualTo(403);
        Answer trail = Api.signedInAs("maria").get("api/v1/audit/tickets/" + number + "?format=json");
        assertThat(trail.body()).contains("Category changed from General to Billing", "Priority changed from");
    }

    @Test
    void notesAndRepliesAreAddedAndReadAsOneConversation() throws Exception {
        String number = alice.file(email(), "Conversation", "NORMAL");

        Answer note = alice.post("api/v1/tickets/" + number + "/notes", "{\"body\":\"Checked the payment log.\"}");
        Answer reply = alice.post("api/v1/tickets/" + number + "/replies", "{\"body\":\"We are on it.\"}");

        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(note.header("Location")).endsWith("/api/v1/tickets/" + number + "/notes");
        assertThat(note.json().getString("visibility")).isEqualTo("INTERNAL");
        assertThat(reply.json().getString("visibility")).isEqualTo("PUBLIC");
        assertThat(reply.json().getString("author")).isEqualTo("Alice Martin");
        assertThat(reply.header("ETag")).isEqualTo(alice.get("api/v1/tickets/" + number).header("ETag"));
        Answer conversation = alice.get("api/v1/tickets/" + number + "/notes");
        assertThat(conversation.array()).extracting(n -> n.asJsonObject().getString("body"))
                .containsExactly("Checked the payment log.", "We are on it.");
        Answer empty = alice.post("api/v1/tickets/" + number + "/notes", "{\"body\":\"  \"}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.body()).contains("\"field\":\"body\"");
        assertThat(alice.post("api/v1/tickets/" + number + "/replies", "{\"body\":\"x\"}", "\"" + number + ".0\"").status())
                .isEqualTo(412);
    }

    @Test
    void aTicketWaitsResumesIsResolvedReopenedAndClosedForGood() throws Exception {
        String number = alice.file(email(), "Lifecycle", "HIGH");
        String path = "api/v1/tickets/" + number;

        Answer claimed = alice.post(path + "/claim", "{}");
        assertThat(status(claimed)).isEqualTo("OPEN");
        assertThat(claimed.json().getString("assignee")).isEqualTo("alice");
        Answer handedOver = alice.post(path + "/assign", "{\"assignee\":\"tom\"}");
        assertThat(handedOver.json().getString("assignee")).as(handedOver.body()).isEqualTo("tom");
        assertThat(alice.post(path + "/assign", "{\"assignee\":\"ghost\"}").status()).isEqualTo(404);
        assertThat(status(alice.post(path + "/wait-on-customer", "{\"question\":\"Which invoice?\"}"))).isEqualTo("PENDING_CUSTOMER");
        assertThat(status(alice.post(path + "/resume", "{}"))).isEqualTo("OPEN");
        assertThat(alice.post(path + "/resolve", "{}").status()).isEqualTo(422);
        Answer resolved = alice.post(path + "/resolve", "{\"summary\":\"Refund sent.\"}");
        assertThat(status(resolved)).isEqualTo("RESOLVED");
        assertThat(resolved.json().getString("resolutionSummary")).isEqualTo("Refund sent.");
        assertThat(status(alice.post(path + "/reopen", "{\"reason\":\"Refund bounced.\"}"))).isEqualTo("REOPENED");
        assertThat(status(alice.post(path + "/resolve", "{\"summary\":\"Sent again.\",\"withdrawPendingDecisions\":true}")))
                .isEqualTo("RESOLVED");
        Answer closed = alice.post(path + "/close", "{}");
        assertThat(status(closed)).isEqualTo("CLOSED");
        Answer again = alice.post(path + "/reopen", "{\"reason\":\"Once more\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Refused by a business rule");
        assertBad(alice.post(path + "/resolve", "{\"summary\":\"x\",\"withdrawPendingDecisions\":\"yes\"}"), "withdrawPendingDecisions");
    }

    private static String status(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getString("status");
    }

    @Test
    void ticketsAreLinkedUnlinkedAndADuplicateIsMergedIntoItsOriginal() throws Exception {
        String email = email();
        String original = alice.file(email, "Original", "NORMAL");
        String duplicate = alice.file(email, "Duplicate", "NORMAL");

        Answer linked = alice.post("api/v1/tickets/" + duplicate + "/links", "{\"ticket\":\"" + original + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().getJsonArray("related").getValuesAs(JsonString::getString)).containsExactly(original);
        assertThat(alice.get("api/v1/tickets/" + original).json().getJsonArray("related").getValuesAs(JsonString::getString))
                .containsExactly(duplicate);
        Answer unlinked = alice.delete("api/v1/tickets/" + duplicate + "/links/" + original);
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.json().getJsonArray("related")).isEmpty();

        Answer merged = alice.post("api/v1/tickets/" + duplicate + "/merge", "{\"into\":\"" + original + "\"}");
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().getString("mergedInto")).isEqualTo(original);
        assertThat(merged.json().getString("status")).isEqualTo("CLOSED");
        assertThat(alice.post("api/v1/tickets/" + original + "/merge", "{}").status()).isEqualTo(422);
        assertThat(alice.post("api/v1/tickets/" + original + "/links", "{\"ticket\":\"ESC-999999\"}").status()).isEqualTo(404);
    }

    @Test
    void anEscalationIsMadeReadAcceptedByTheReceivingTeamAndAnotherWithdrawn() throws Exception {
        String number = alice.file(email(), "Needs billing", "HIGH");
        String handoff = "\"issue\":\"Double charge\",\"stepsTaken\":\"Checked the log\",\"needed\":\"A refund decision\"";

        Answer made = alice.post("api/v1/tickets/" + number + "/escalations", "{\"reason\":\"KNOWLEDGE\",\"toTeam\":\"Billing specialists\","
                + handoff + "}");

        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String location = made.header("Location");
        assertThat(location).matches(".*/api/v1/escalations/\\d+");
        assertThat(made.json().getString("state")).isEqualTo("REQUESTED");
        assertThat(made.json().getString("toTeam")).isEqualTo("Billing specialists");
        String escalation = location.substring(location.indexOf("api/v1/"));
        assertThat(alice.get(escalation).json().getString("ticketNumber")).isEqualTo(number);
        assertThat(alice.get("api/v1/tickets/" + number).json().getString("status")).isEqualTo("ESCALATED");
        Api bob = Api.signedInAs("bob");
        assertThat(alice.post(escalation + "/accept", "{}").status()).as("only the receiving team accepts").isEqualTo(403);
        assertThat(bob.post(escalation + "/accept", "{}").status()).isEqualTo(204);
        assertThat(bob.get(escalation).json().getString("state")).isEqualTo("ACCEPTED");
        assertThat(bob.get("api/v1/tickets/" + number + "/escalations").array()).hasSize(1);

        String other = alice.file(email(), "Escalated by mistake", "NORMAL");
        Answer second = alice.post("api/v1/tickets/" + other + "/escalations", "{\"reason\":\"COMPLEXITY\",\"toTeam\":\"network engineering\","
                + handoff + "}");
        String path = second.header("Location").substring(second.header("Location").indexOf("api/v1/"));
        assertThat(alice.post(path + "/withdraw", "{}").status()).isEqualTo(204);
        assertThat(alice.get(path).json().getString("state")).isEqualTo("WITHDRAWN");

        Answer missing = alice.post("api/v1/tickets/" + other + "/escalations", "{\"reason\":\"KNOWLEDGE\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"issue\"", "\"field\":\"stepsTaken\"", "\"field\":\"needed\"");
        assertBad(alice.post("api/v1/tickets/" + other + "/escalations", "{\"reason\":\"KNOWLEDGE\",\"toTeam\":\"Plumbers\"," + handoff + "}"),
                "toTeam");
        Answer bySystem = alice.post("api/v1/tickets/" + other + "/escalations", "{\"reason\":\"SLA_BREACH\"," + handoff + "}");
        assertThat(bySystem.status()).isEqualTo(409);
    }

    @Test
    void aRefundAboveTheAgentsLimitWaitsForItsApproverWhoApprovesIt() throws Exception {
        String number = alice.file(email(), "Refund beyond policy", "HIGH");

        Answer asked = alice.post("api/v1/tickets/" + number + "/decisions",
                "{\"kind\":\"refund\",\"amount\":300.00,\"currency\":\"EUR\",\"justification\":\"Charged twice\"}");

        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String path = asked.header("Location").substring(asked.header("Location").indexOf("api/v1/"));
        JsonObject request = asked.json();
        assertThat(request.getString("state")).isEqualTo("PENDING");
        assertThat(request.getString("amount")).contains("300.00");
        Api lena = Api.signedInAs("lena");
        assertThat(lena.get(path).json().getBoolean("mayDecide")).isTrue();
        assertThat(lena.post(path + "/approve", "{\"note\":\"Within the team's limit\"}").status()).isEqualTo(204);
        assertThat(alice.get(path).json().getString("state")).isEqualTo("APPROVED");
        assertThat(alice.get("api/v1/tickets/" + number + "/decisions").array()).hasSize(1);

        Answer small = alice.post("api/v1/tickets/" + number + "/decisions",
                "{\"kind\":\"REFUND\",\"amount\":\"20\",\"currency\":\"EUR\",\"justification\":\"Shipping fee\"}");
        assertThat(small.json().getString("state")).isEqualTo("DECIDED_WITHIN_AUTHORITY");
        assertBad(alice.post("api/v1/tickets/" + number + "/decisions",
                "{\"kind\":\"REFUND\",\"amount\":\"a lot\",\"currency\":\"EUR\",\"justification\":\"x\"}"), "amount");
        assertThat(alice.post("api/v1/tickets/" + number + "/decisions", "{\"kind\":\"TEA\",\"justification\":\"x\"}").status())
                .isEqualTo(409);
        assertThat(alice.get("api/v1/decisions/999999").status()).isEqualTo(404);
    }
}
