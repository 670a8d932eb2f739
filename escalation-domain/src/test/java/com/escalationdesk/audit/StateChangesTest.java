package com.escalationdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.audit.StateChanges.Change;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateChangesTest {

    private static final java.util.function.UnaryOperator<String> NAMES = login -> switch (login) {
        case "alice" -> "Alice Martin";
        case "bob" -> "Bob Tier2";
        default -> login;
    };

    private static String state(Object... keysAndValues) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            state.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return CanonicalJson.of(state);
    }

    @Test
    void onlyTheFieldsThatChangedAreNamedWithBothValuesInWords() {
        String before = state("status", "OPEN", "priority", "NORMAL", "assignee", null, "team", "Frontline support", "tier", 1,
                "bounced", false);
        String after = state("status", "OPEN", "priority", "URGENT", "assignee", "alice", "team", "Frontline support", "tier", 1,
                "bounced", true);

        assertThat(StateChanges.between(before, after, NAMES).stream().map(Change::describe))
                .containsExactly("Priority: P3 · Normal → P1 · Urgent", "Assignee: nobody → Alice Martin", "Bounced: no → yes");
    }

    @Test
    void aFirstStateListsWhatWasSetAndAnUnknownFieldReadsFromItsName() {
        List<Change> changes = StateChanges.between(null, state("tier", 2, "acceptWaitSeconds", 90, "assignee", null,
                "status", "PENDING_CUSTOMER", "category", "BILLING", "segment", "ENTERPRISE"), NAMES);

        assertThat(changes.stream().map(Change::describe)).containsExactly("Status: Waiting on customer", "Tier: Tier 2",
                "Category: Billing", "Customer segment: Enterprise", "Accept wait seconds: 90");
    }

    @Test
    void anEscalationsAndADecisionsFieldsReadByTheirSubjectWithTheirLabels() {
        String before = state("escalation.state", "REQUESTED", "escalation.toTeam", "Billing specialists", "decision.kind",
                "GOODWILL_CREDIT", "decision.nextLevel", "TEAM_LEAD", "assignee", "alice");
        String after = state("escalation.state", "ACCEPTED", "escalation.toTeam", "Billing specialists", "decision.kind",
                "REFUND", "decision.nextLevel", "MANAGER", "assignee", "bob");

        assertThat(StateChanges.between(before, after, NAMES).stream().map(Change::describe)).containsExactly(
                "Assignee: Alice Martin → Bob Tier2", "Decision kind: Goodwill credit → Refund",
                "Decision next level: " + com.escalationdesk.directory.AuthorityLevel.TEAM_LEAD.label() + " → "
                        + com.escalationdesk.directory.AuthorityLevel.MANAGER.label(),
                "Escalation state: " + com.escalationdesk.escalation.EscalationState.REQUESTED.label() + " → "
                        + com.escalationdesk.escalation.EscalationState.ACCEPTED.label());
    }

    @Test
    void aValueThatIsNotAKnownWordIsShownAsItIsAndAnUnreadableStateGivesNoChanges() {
        assertThat(StateChanges.between(state("status", "ARCHIVED"), state("status", "OPEN"), NAMES).get(0).describe())
                .isEqualTo("Status: Archived → Open");
        assertThat(StateChanges.between("{not json", state("status", "OPEN"), NAMES)).isEmpty();
        assertThat(StateChanges.between(state("team", "Billing"), null, NAMES).get(0).describe()).isEqualTo("Team: Billing → —");
    }
}
