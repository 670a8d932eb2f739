package com.escalationdesk.sla.web;

import com.escalationdesk.sla.SlaAction;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStepInput;
import com.escalationdesk.sla.SlaTrigger;
import java.io.Serializable;

/** One editable rung of the ladder on the policy form. */
public class StepRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private SlaKind appliesTo;
    private SlaTrigger trigger = SlaTrigger.PERCENT_OF_TARGET;
    private Integer amount = 75;
    private SlaAction action = SlaAction.NOTIFY_ASSIGNEE_AND_LEAD;

    static StepRow of(SlaStepInput s) {
        StepRow row = new StepRow();
        row.appliesTo = s.appliesTo();
        row.trigger = s.trigger();
        row.amount = s.amount();
        row.action = s.action();
        return row;
    }

    SlaStepInput toInput() {
        return new SlaStepInput(appliesTo, trigger, amount == null ? -1 : amount, action);
    }

    public SlaKind getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(SlaKind appliesTo) {
        this.appliesTo = appliesTo;
    }

    public SlaTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(SlaTrigger trigger) {
        this.trigger = trigger;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public SlaAction getAction() {
        return action;
    }

    public void setAction(SlaAction action) {
        this.action = action;
    }
}
