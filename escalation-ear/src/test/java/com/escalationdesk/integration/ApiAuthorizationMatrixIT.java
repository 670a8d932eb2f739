package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.integration.Api.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who may call what over the API, on the real server: every resource, for nobody, an agent of the
 * ticket's team, an agent of another team, a manager and an admin, each answered as the screens
 * would decide. Every wrong answer is counted and listed.
 */
class ApiAuthorizationMatrixIT {

    /** One call and the status each caller must get, in the order anonymous, alice, nina, maria, adam. */
    private record Row(String method, String path, String body, int... expected) {
    }

    @Test
    void everyCallerGetsWhatTheirRoleAndTeamAllowAndNothingMore() throws Exception {
        Api alice = Api.signedInAs("alice");
        String number = alice.file("matrix-" + System.nanoTime() + "@shop.example", "Matrix", "NORMAL");
        String ticket = "api/v1/tickets/" + number;
        String newTicket = "{\"customer\":{\"email\":\"matrix@shop.example\",\"name\":\"Matrix\"},\"subject\":\"s\",\"description\":\"d\","
                + "\"category\":\"GENERAL\",\"priority\":\"LOW\"}";
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("anonymous", Api.anonymous());
        callers.put("nina", Api.signedInAs("nina"));
        callers.put("maria", Api.signedInAs("maria"));
        callers.put("adam", Api.withToken(Api.issueToken("adam", 100_000)));
        callers.put("alice", alice);
        // statuses for: anonymous, nina (another team), maria (manager), adam (admin), alice (the ticket's team), in that order
        List<Row> rows = List.of(
                new Row("GET", "api/v1/me", null, 401, 200, 200, 200, 200),
                new Row("GET", "api/v1/tickets?limit=5", null, 401, 200, 200, 200, 200),
                new Row("POST", "api/v1/tickets", newTicket, 401, 201, 403, 403, 201),
                new Row("GET", ticket, null, 401, 403, 200, 200, 200),
                new Row("PATCH", ticket, "{\"priority\":\"HIGH\"}", 401, 403, 403, 403, 200),
                new Row("GET", ticket + "/notes", null, 401, 403, 200, 200, 200),
                new Row("POST", ticket + "/notes", "{\"body\":\"n\"}", 401, 403, 403, 403, 201),
                new Row("POST", ticket + "/replies", "{\"body\":\"r\"}", 401, 403, 403, 403, 201),
                new Row("GET", ticket + "/escalations", null, 401, 403, 200, 200, 200),
                new Row("GET", ticket + "/decisions", null, 401, 403, 200, 200, 200),
                new Row("POST", ticket + "/decisions", "{\"kind\":\"REFUND\",\"amount\":10,\"currency\":\"EUR\",\"justification\":\"j\"}",
                        401, 403, 403, 403, 201),
                new Row("POST", ticket + "/claim", "{}", 401, 403, 403, 403, 200),
                new Row("POST", ticket + "/wait-on-customer", "{\"question\":\"q\"}", 401, 403, 403, 403, 200),
                new Row("POST", ticket + "/resume", "{}", 401, 403, 403, 403, 200),
                new Row("GET", "api/v1/articles?q=refund", null, 401, 200, 200, 200, 200),
                new Row("GET", "api/v1/customers?q=a", null, 401, 200, 200, 403, 200),
                new Row("GET", "api/v1/metrics/summary?days=7", null, 401, 403, 200, 200, 403),
                new Row("GET", "api/v1/tokens", null, 401, 403, 403, 200, 403),
                new Row("DELETE", "api/v1/tokens/999999", null, 401, 403, 403, 404, 403),
                new Row("GET", "api/v1/audit/verification", null, 401, 403, 403, 200, 403),
                new Row("POST", ticket + "/escalations", "{\"reason\":\"KNOWLEDGE\",\"toTeam\":\"Billing specialists\",\"issue\":\"i\","
                        + "\"stepsTaken\":\"s\",\"needed\":\"n\"}", 401, 403, 403, 403, 201));

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Row row : rows) {
            int i = 0;
            for (Map.Entry<String, Api> caller : callers.entrySet()) {
                Answer answer = call(caller.getValue(), row);
                calls++;
                if (answer.status() != row.expected()[i]) {
                    wrong.add(caller.getKey() + " " + row.method() + " " + row.path() + ": " + answer + " (expected " + row.expected()[i] + ")");
                }
                i++;
            }
        }
        assertThat(calls).isEqualTo(rows.size() * callers.size());
        assertThat(wrong).as("wrong answers of " + calls).isEmpty();
    }

    private static Answer call(Api api, Row row) throws Exception {
        return switch (row.method()) {
            case "GET" -> api.get(row.path());
            case "POST" -> api.post(row.path(), row.body());
            case "PATCH" -> api.patch(row.path(), row.body(), null);
            case "DELETE" -> api.delete(row.path());
            default -> throw new IllegalArgumentException(row.method());
        };
    }
}
