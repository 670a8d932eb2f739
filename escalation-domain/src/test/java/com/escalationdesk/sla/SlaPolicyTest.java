package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Priority;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPolicyTest {

    static final BusinessCalendar ALWAYS = BusinessCalendar.roundTheClock("24x7", "UTC");

    static SlaPolicy policy(String name, CustomerSegment segment, Priority priority, List<SlaStep> steps) {
        return Fixtures.withId(new SlaPolicy(name, segment, priority, ALWAYS, 60, 120, 480, steps));
    }

    @Test
    void theMostSpecificPolicyCoversATicket() {
        SlaPolicy catchAll = policy("Standard", null, null, List.of());
        SlaPolicy urgent = policy("Urgent", null, Priority.URGENT, List.of());
        SlaPolicy enterprise = policy("Enterprise", CustomerSegment.ENTERPRISE, null, List.of());
        SlaPolicy enterpriseUrgent = policy("Enterprise P1", CustomerSegment.ENTERPRISE, Priority.URGENT, List.of());
        List<SlaPolicy> all = List.of(catchAll, urgent, enterprise, enterpriseUrgent);

        assertThat(SlaPolicy.forTicket(all, CustomerSegment.ENTERPRISE, Priority.URGENT)).contains(enterpriseUrgent);
        assertThat(SlaPolicy.forTicket(all, CustomerSegment.ENTERPRISE, Priority.LOW)).as("segment beats priority")
                .contains(enterprise);
        assertThat(SlaPolicy.forTicket(all, CustomerSegment.STANDARD, Priority.URGENT)).contains(urgent);
        assertThat(SlaPolicy.forTicket(all, CustomerSegment.BUSINESS, Priority.NORMAL)).contains(catchAll);
        assertThat(SlaPolicy.forTicket(List.of(urgent), CustomerSegment.BUSINESS, Priority.NORMAL)).isEmpty();
    }

    @Test
    void aClockClimbsTheStepsThatApplyToItInTheOrderItReachesThem() {
        SlaPolicy p = policy("P1", null, null, List.of(
                SlaStep.afterBreach(SlaKind.RESOLUTION, 120, SlaAction.ESCALATE_TO_LEAD),
                SlaStep.afterBreach(SlaKind.RESOLUTION, 0, SlaAction.ESCALATE_NEXT_TIER),
                SlaStep.warning(null, 75, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                SlaStep.afterBreach(SlaKind.FIRST_RESPONSE, 0, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                SlaStep.warning(null, 50, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD)));
        Duration eightHours = Duration.ofHours(8);
        assertThat(p.stepsFor(SlaKind.RESOLUTION, eightHours)).extracting(s -> s.offset(eightHours))
                .containsExactly(Duration.ofHours(4), Duration.ofHours(6), Duration.ofHours(8), Duration.ofHours(10));
        assertThat(p.stepsFor(SlaKind.FIRST_RESPONSE, Duration.ofHours(1))).extracting(SlaStep::describe).containsExactly(
                "At 50% of the target: notify the assignee and the team lead",
                "At 75% of the target: notify the assignee and the team lead",
                "At the breach (first response): notify the assignee and the team lead");
    }

    @Test
    void targetsAndStepsOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new SlaPolicy("None", null, null, ALWAYS, null, null, null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("at least one target");
        assertThatThrownBy(() -> new SlaPolicy("Zero", null, null, ALWAYS, 0, null, null, List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("first response target");
        assertThatThrownBy(() -> SlaStep.warning(null, 100, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("1 to 99%");
        assertThatThrownBy(() -> SlaStep.afterBreach(null, -5, SlaAction.ESCALATE_TO_LEAD))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("after the breach");
    }
}
