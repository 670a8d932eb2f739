package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    final Fixtures f = new Fixtures();
    final Instant t0 = Fixtures.NOW;
    final SlaPolicy policy = SlaPolicyTest.policy("Enterprise P1", CustomerSegment.ENTERPRISE, Priority.URGENT, List.of(
            SlaStep.warning(null, 50, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
            SlaStep.afterBreach(null, 0, SlaAction.ESCALATE_NEXT_TIER),
            SlaStep.afterBreach(null, 120, SlaAction.ESCALATE_TO_LEAD)));

    SlaClock resolution() {
        Ticket ticket = f.ticket();
        return new SlaClock(ticket, SlaKind.RESOLUTION, policy, t0);
    }

    @Test
    void theClockIsOnTrackThenAtRiskFromTheFirstWarningThenBreached() {
        SlaClock clock = resolution();
        assertThat(clock.getDueAt()).isEqualTo(t0.plus(Duration.ofHours(8)));
        assertThat(clock.getNextStepAt()).isEqualTo(t0.plus(Duration.ofHours(4)));
        assertThat(clock.status(t0.plus(Duration.ofHours(3)))).isEqualTo(SlaStatus.ON_TRACK);
        assertThat(clock.status(t0.plus(Duration.ofHours(4)))).isEqualTo(SlaStatus.AT_RISK);
        assertThat(clock.status(t0.plus(Duration.ofHours(8)))).isEqualTo(SlaStatus.BREACHED);
        assertThat(clock.remaining(t0.plus(Duration.ofHours(9)))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void stepsReachedAreFiredOnceAndTheSweepMarkMovesToTheNextRung() {
        SlaClock clock = resolution();
        assertThat(clock.stepsReached(t0.plus(Duration.ofHours(3)))).isEmpty();
        Instant afterDowntime = t0.plus(Duration.ofHours(9));
        assertThat(clock.stepsReached(afterDowntime)).extracting(SlaStep::getAction)
                .containsExactly(SlaAction.NOTIFY_ASSIGNEE_AND_LEAD, SlaAction.ESCALATE_NEXT_TIER);
        clock.stepsFired(2);
        assertThat(clock.stepsReached(afterDowntime)).isEmpty();
        assertThat(clock.getNextStepAt()).isEqualTo(t0.plus(Duration.ofHours(10)));
        clock.stepsFired(1);
        assertThat(clock.getNextStepAt()).as("the ladder is climbed").isNull();
    }

    @Test
    void aPauseHoldsTheStepsAndMovesEveryMarkByItsLength() {
        SlaClock clock = resolution();
        clock.pause(t0.plus(Duration.ofHours(1)));
        assertThat(clock.status(t0.plus(Duration.ofHours(20)))).isEqualTo(SlaStatus.PAUSED);
        assertThat(clock.getNextStepAt()).as("nothing fires while paused").isNull();
        assertThat(clock.getDueAt()).isNull();
        clock.resume(t0.plus(Duration.ofHours(3)));
        assertThat(clock.getDueAt()).isEqualTo(t0.plus(Duration.ofHours(10)));
        assertThat(clock.getNextStepAt()).isEqualTo(t0.plus(Duration.ofHours(6)));
    }

    @Test
    void aStoppedClockIsMetOrMissedAndNeverFiresAgain() {
        SlaClock met = resolution();
        met.stop(t0.plus(Duration.ofHours(2)));
        assertThat(met.status(t0.plus(Duration.ofDays(3)))).isEqualTo(SlaStatus.MET);
        assertThat(met.getNextStepAt()).isNull();
        assertThat(met.stepsReached(t0.plus(Duration.ofDays(3)))).isEmpty();

        SlaClock missed = resolution();
        missed.stop(t0.plus(Duration.ofHours(9)));
        assertThat(missed.status(t0.plus(Duration.ofDays(3)))).isEqualTo(SlaStatus.MISSED);
        assertThat(missed.elapsed(t0.plus(Duration.ofDays(3)))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void aChangedPolicyIsAppliedToTheLedgerAfterTheFact() {
        SlaClock clock = resolution();
        clock.pause(t0.plus(Duration.ofHours(1)));
        clock.resume(t0.plus(Duration.ofHours(2)));
        policy.change(policy.getName(), policy.getSegment(), policy.getPriority(), policy.getCalendar(), 60, 120, 240,
                policy.getSteps());
        clock.recompute();
        assertThat(clock.getTargetMinutes()).isEqualTo(240);
        assertThat(clock.getDueAt()).isEqualTo(t0.plus(Duration.ofHours(5)));
    }
}
