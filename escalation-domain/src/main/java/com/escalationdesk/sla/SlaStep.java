package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;

/**
 * One rung of a service-level policy's ladder: a warning at a share of the target, the breach
 * itself (zero minutes after it) or a later rung, for one kind of clock or for all of them.
 */
@Embeddable
public class SlaStep {

    static final int MAX_MINUTES_AFTER_BREACH = 60 * 24 * 30;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", length = 20)
    private SlaKind appliesTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 30)
    private SlaTrigger trigger;

    @Column(name = "amount", nullable = false)
    private int amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40)
    private SlaAction action;

    protected SlaStep() {
        // for JPA
    }

    public SlaStep(SlaKind appliesTo, SlaTrigger trigger, int amount, SlaAction action) {
        this.appliesTo = appliesTo;
        this.trigger = RuleViolation.require(trigger, "When the step fires");
        this.action = RuleViolation.require(action, "What the step does");
        if (trigger == SlaTrigger.PERCENT_OF_TARGET && (amount < 1 || amount > 99)) {
            throw new RuleViolation("A warning fires at 1 to 99% of the target, not at " + amount + "%.");
        }
        if (trigger == SlaTrigger.MINUTES_AFTER_BREACH && (amount < 0 || amount > MAX_MINUTES_AFTER_BREACH)) {
            throw new RuleViolation("A step after the breach fires 0 to " + MAX_MINUTES_AFTER_BREACH
                    + " business minutes after it, not " + amount + ".");
        }
        this.amount = amount;
    }

    public static SlaStep warning(SlaKind appliesTo, int percent, SlaAction action) {
        return new SlaStep(appliesTo, SlaTrigger.PERCENT_OF_TARGET, percent, action);
    }

    public static SlaStep afterBreach(SlaKind appliesTo, int minutes, SlaAction action) {
        return new SlaStep(appliesTo, SlaTrigger.MINUTES_AFTER_BREACH, minutes, action);
    }

    public boolean appliesTo(SlaKind kind) {
        return appliesTo == null || appliesTo == kind;
    }

    /** How much counted business time into a clock with that target the step fires. */
    public Duration offset(Duration target) {
        return trigger == SlaTrigger.PERCENT_OF_TARGET
                ? Duration.ofSeconds(target.toSeconds() * amount / 100)
                : target.plusMinutes(amount);
    }

    /**
     * How far up a ladder the step stands, comparable between policies with different targets:
     * warnings by their share of the target, then the breach and the rungs after it by their minutes.
     */
    public int rank() {
        return isWarning() ? amount - 100 : amount;
    }

    public boolean isWarning() {
        return trigger == SlaTrigger.PERCENT_OF_TARGET;
    }

    /** E.g. “At 75% of the target (resolution): notify the assignee and the team lead”. */
    public String describe() {
        String when = isWarning() ? "At " + amount + "% of the target"
                : amount == 0 ? "At the breach" : amount + " business minutes after the breach";
        return when + (appliesTo == null ? "" : " (" + appliesTo.label().toLowerCase() + ")") + ": "
                + action.label().toLowerCase();
    }

    public SlaKind getAppliesTo() {
        return appliesTo;
    }

    public SlaTrigger getTrigger() {
        return trigger;
    }

    public int getAmount() {
        return amount;
    }

    public SlaAction getAction() {
        return action;
    }
}
