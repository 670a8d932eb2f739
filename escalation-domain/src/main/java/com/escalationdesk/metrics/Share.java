package com.escalationdesk.metrics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole (12 of 80 tickets), shown as a percentage with one decimal; no percentage of nothing. */
public record Share(long part, long whole) implements Serializable {

    public Share {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("A share is a part of a whole: " + part + " of " + whole);
        }
    }

    /** The percentage, rounded half up to one decimal; null when the whole is empty. */
    public BigDecimal percent() {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    /** The change from an earlier period in percentage points (unrounded shares); null if either has no percentage. */
    public BigDecimal pointsChangeFrom(Share earlier) {
        if (whole == 0 || earlier.whole == 0) {
            return null;
        }
        BigDecimal now = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 10,
                RoundingMode.HALF_UP);
        BigDecimal then = BigDecimal.valueOf(earlier.part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(earlier.whole), 10, RoundingMode.HALF_UP);
        return now.subtract(then).setScale(1, RoundingMode.HALF_UP);
    }
}
