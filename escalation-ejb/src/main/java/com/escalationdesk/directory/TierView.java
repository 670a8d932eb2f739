package com.escalationdesk.directory;

import com.escalationdesk.approval.Money;
import java.io.Serializable;
import java.math.BigDecimal;

/** A tier as screens show it: "Tier 2 · Specialists". */
public record TierView(int level, String name, String description, String label, BigDecimal costAmount,
        String costCurrency) implements Serializable {

    public static TierView of(Tier t) {
        if (t == null) {
            return null;
        }
        Money cost = t.handlingCost();
        return new TierView(t.level(), t.name(), t.description(), t.label(), cost == null ? null : cost.amount(),
                cost == null ? null : cost.currency());
    }

    /** "69.00 EUR", or empty when none is set. */
    public String cost() {
        return costAmount == null ? "" : costAmount.toPlainString() + " " + costCurrency;
    }
}
