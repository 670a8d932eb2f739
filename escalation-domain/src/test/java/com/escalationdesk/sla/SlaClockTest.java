package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.shared.RuleViolation;
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
        clock.recompute(clock.climbed(), t0.plus(Duration.ofHours(2)));
        assertThat(clock.getTargetMinutes()).isEqualTo(240);
        assertThat(clock.getDueAt()).isEqualTo(t0.plus(Duration.ofHours(5)));
    }

    @Test
    void aQueueRowSpeaksForTheSoonestDueClockAndWhileAllArePausedForTheOneWithLeastTimeLeft() {
        Ticket ticket = f.ticket();
        SlaClock firstResponse = new SlaClock(ticket, SlaKind.FIRST_RESPONSE, policy, t0);
        SlaClock resolution = new SlaClock(ticket, SlaKind.RESOLUTION, policy, t0);
        assertThat(SlaClock.headline(List.of(resolution, firstResponse), t0)).contains(firstResponse);

        Instant later = t0.plus(Duration.ofMinutes(30));
        firstResponse.pause(later);
        resolution.pause(later);
        assertThat(SlaClock.soonestDue(List.of(resolution, firstResponse))).as("paused clocks have no due time").isEmpty();
        assertThat(SlaClock.headline(List.of(resolution, firstResponse), later.plus(Duration.ofDays(1))))
                .as("30 min of 60 left beats 7 h 30 min of 8").contains(firstResponse);
        assertThat(SlaClock.headline(List.of(), t0)).isEmpty();
    }

    @Test
    void aClockWhoseLedgerIsFullRefusesAnotherPauseOrResumeWithAMessageAndKeepsItsLedger() {
        SlaClock clock = resolution();
        Instant at = t0;
        assertThatThrownBy(() -> {
            Instant moment = at;
            for (int i = 0; i < 1000; i++) {
                moment = moment.plusSeconds(60);
                clock.pause(moment);
                moment = moment.plusSeconds(60);
                clock.resume(moment);
            }
        }).isInstanceOf(RuleViolation.class).hasMessageContaining("more often than its service-level clock can count");
        List<ClockLedger.Stretch> kept = clock.getLedger();
        assertThat(kept).as("the refused change is not written").hasSizeLessThan(1000);
        assertThat(kept.get(kept.size() - 1).until()).as("the ledger still ends in the stretch that lasts").isNull();
    }

    /** A policy with a 24 h resolution target, warnings at 50% and 75%, the breach and a rung 4 h after it. */
    final SlaPolicy standard = Fixtures.withId(new SlaPolicy("Standard", null, null, SlaPolicyTest.ALWAYS, 120, 240,
            24 * 60, List.of(SlaStep.warning(null, 50, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                    SlaStep.warning(null, 75, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                    SlaStep.afterBreach(null, 0, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                    SlaStep.afterBreach(null, 240, SlaAction.ESCALATE_TO_DEPARTMENT_MANAGER))));

    @Test
    void aLadderEditedAfterAWarningFiredNeitherRepeatsItNorFiresAStepAddedBelowIt() {
        SlaClock clock = new SlaClock(f.ticket(), SlaKind.RESOLUTION, standard, t0);
        clock.stepsFired(2);
        int climbed = clock.climbed();
        standard.change("Standard", null, null, SlaPolicyTest.ALWAYS, 120, 240, 24 * 60, List.of(
                SlaStep.warning(null, 25, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                SlaStep.warning(null, 60, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                SlaStep.warning(null, 75, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                SlaStep.warning(null, 90, SlaAction.NOTIFY_ASSIGNEE_AND_LEAD),
                SlaStep.afterBreach(null, 0, SlaAction.ESCALATE_NEXT_TIER)));
        Instant at = t0.plus(Duration.ofHours(19));
        clock.recompute(climbed, at);

        assertThat(clock.getStepsDone()).as("25%, 60% and 75% count as taken").isEqualTo(3);
        assertThat(clock.stepsReached(at)).isEmpty();
        assertThat(clock.getNextStepAt()).as("90% of 24 h").isEqualTo(t0.plus(Duration.ofMinutes(24 * 60 * 9 / 10)));
    }

    @Test
    void aTargetThePolicyNoLongerSetsEndsItsOpenClocksAsReplaced() {
        SlaClock clock = new SlaClock(f.ticket(), SlaKind.RESOLUTION, standard, t0);
        standard.change("Standard", null, null, SlaPolicyTest.ALWAYS, 120, 240, null, standard.getSteps());
        Instant at = t0.plus(Duration.ofHours(2));
        clock.recompute(clock.climbed(), at);

        assertThat(clock.status(at.plus(Duration.ofDays(5)))).isEqualTo(SlaStatus.REPLACED);
        assertThat(clock.getStoppedAt()).isEqualTo(at);
        assertThat(clock.getNextStepAt()).isNull();
    }

    @Test
    void aClockCarriedToAStricterPolicyKeepsItsCountedTimeAndOwesTheBreachAtOnce() {
        SlaClock old = new SlaClock(f.ticket(), SlaKind.RESOLUTION, standard, t0);
        old.pause(t0.plus(Duration.ofHours(2)));
        old.resume(t0.plus(Duration.ofHours(3)));
        old.stepsFired(old.stepsReached(t0.plus(Duration.ofHours(14))).size());
        assertThat(old.getStepsDone()).as("the 50% warning at 12 h").isEqualTo(1);

        Instant change = t0.plus(Duration.ofHours(14));
        SlaClock next = old.replaceUnder(policy, change).orElseThrow();

        assertThat(old.status(change.plusSeconds(60))).isEqualTo(SlaStatus.REPLACED);
        assertThat(old.getStoppedAt()).isEqualTo(change);
        assertThat(old.getNextStepAt()).isNull();
        assertThat(next.getPolicy()).isEqualTo(policy);
        assertThat(next.getStartedAt()).isEqualTo(t0);
        assertThat(next.getLedger()).as("the same stretches, the last still running").containsExactly(
                old.getLedger().get(0), old.getLedger().get(1),
                new ClockLedger.Stretch(t0.plus(Duration.ofHours(3)), null, true));
        assertThat(next.elapsed(change)).as("13 h counted, the hour paused still not").isEqualTo(Duration.ofHours(13));
        assertThat(next.getDueAt()).as("8 h target, one hour paused").isEqualTo(t0.plus(Duration.ofHours(9)));
        assertThat(next.status(change)).isEqualTo(SlaStatus.BREACHED);
        assertThat(next.stepsReached(change)).as("its own 50% warning counts as given; the breach and the rung"
                + " two hours past it are owed").extracting(SlaStep::getAction)
                .containsExactly(SlaAction.ESCALATE_NEXT_TIER, SlaAction.ESCALATE_TO_LEAD);
    }

    @Test
    void aClockCarriedToALaxerPolicyDoesNotActOnABreachAgain() {
        SlaClock old = resolution();
        Instant change = t0.plus(Duration.ofHours(26));
        old.stepsFired(old.stepsReached(t0.plus(Duration.ofHours(9))).size());
        assertThat(old.getStepsDone()).as("the warning and the breach escalation").isEqualTo(2);

        SlaClock next = old.replaceUnder(standard, change).orElseThrow();

        assertThat(next.status(change)).isEqualTo(SlaStatus.BREACHED);
        assertThat(next.getStepsDone()).as("both warnings and the breach count as taken").isEqualTo(3);
        assertThat(next.stepsReached(change)).as("only the rung 4 h after the breach is still to come").isEmpty();
        assertThat(next.getNextStepAt()).isEqualTo(t0.plus(Duration.ofHours(28)));
    }

    @Test
    void aClockOfAKindTheNewPolicySetsNoTargetForEndsReplacedWithNoSuccessor() {
        SlaPolicy resolutionOnly = Fixtures.withId(new SlaPolicy("Resolution only", null, null, SlaPolicyTest.ALWAYS,
                null, null, 480, List.of()));
        SlaClock firstResponse = new SlaClock(f.ticket(), SlaKind.FIRST_RESPONSE, policy, t0);

        assertThat(firstResponse.replaceUnder(resolutionOnly, t0.plusSeconds(600))).isEmpty();
        assertThat(firstResponse.status(t0.plusSeconds(600))).isEqualTo(SlaStatus.REPLACED);
    }

    @Test
    void aPausedClockStaysPausedUnderItsNewPolicy() {
        SlaClock old = resolution();
        old.pause(t0.plus(Duration.ofHours(1)));
        SlaClock next = old.replaceUnder(standard, t0.plus(Duration.ofHours(5))).orElseThrow();
        assertThat(next.status(t0.plus(Duration.ofHours(6)))).isEqualTo(SlaStatus.PAUSED);
        assertThat(next.getNextStepAt()).isNull();
        next.resume(t0.plus(Duration.ofHours(6)));
        assertThat(next.getDueAt()).isEqualTo(t0.plus(Duration.ofHours(29)));
    }
}
