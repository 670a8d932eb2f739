package com.escalationdesk.sla;

import java.io.Serializable;
/** One rung of a policy's ladder as an admin enters it; no clock kind means every clock. */
public record SlaStepInput(SlaKind appliesTo, SlaTrigger trigger, int amount, SlaAction action) implements Serializable {

    SlaStep toStep() {
        return new SlaStep(appliesTo, trigger, amount, action);
    }

    static SlaStepInput of(SlaStep s) {
        return new SlaStepInput(s.getAppliesTo(), s.getTrigger(), s.getAmount(), s.getAction());
    }
}
