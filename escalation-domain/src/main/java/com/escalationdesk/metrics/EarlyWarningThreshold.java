package com.escalationdesk.metrics;

import com.escalationdesk.shared.RuleViolation;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Where a team's usual range ends: its mean plus this many standard deviations, and at least this
 * many percentage points above the mean. Admins set it; a lower threshold warns sooner and more often.
 */
public record EarlyWarningThreshold(BigDecimal deviations, int minimumRise) implements Serializable {

    // before DEFAULT: statics are set in this order, and DEFAULT's constructor reads them
    private static final BigDecimal LEAST = new BigDecimal("0.5");
    private static final BigDecimal MOST = new BigDecimal("5");
    public static final EarlyWarningThreshold DEFAULT = new EarlyWarningThreshold(new BigDecimal("2.0"), 5);

    public EarlyWarningThreshold {
        RuleViolation.require(deviations, "The number of standard deviations");
        if (deviations.compareTo(LEAST) < 0 || deviations.compareTo(MOST) > 0) {
            throw new RuleViolation("The usual range ends 0.5 to 5 standard deviations above the mean, not "
                    + deviations.toPlainString() + ".");
        }
        if (deviations.scale() > 1 && deviations.stripTrailingZeros().scale() > 1) {
            throw new RuleViolation("Give the standard deviations with at most one decimal, such as 1.5.");
        }
        if (minimumRise < 1 || minimumRise > 50) {
            throw new RuleViolation("The least rise is 1 to 50 percentage points, not " + minimumRise + ".");
        }
        deviations = deviations.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    /** "2.0 standard deviations, at least 5 points above the mean". */
    public String describe() {
        return deviations.toPlainString() + " standard deviations, at least " + minimumRise + " points above the mean";
    }
}
