package com.escalationdesk.metrics;

import java.math.BigDecimal;
import java.time.Duration;

/** Figures in words, the same on the dashboard and in the weekly digest: "12.5%", "+2.5 pts", "3 h 20 min". */
public final class FigureText {

    private FigureText() {
    }

    /** "12.5%", or an en dash for a share of nothing. */
    public static String percent(Share share) {
        return share == null || share.percent() == null ? "–" : share.percent().toPlainString() + "%";
    }

    /** The change of a share in percentage points: "+2.5 pts", "−1.0 pts", "no change"; empty when either period has none. */
    public static String points(Share now, Share before) {
        BigDecimal change = now.pointsChangeFrom(before);
        if (change == null) {
            return "";
        }
        return change.signum() == 0 ? "no change" : signed(change) + " pts";
    }

    /** The change of a count: "+3", "−2", "no change". */
    public static String countChange(long now, long before) {
        return now == before ? "no change" : signed(BigDecimal.valueOf(now - before));
    }

    /** The change of a mean answer, to one decimal; empty when either is missing. */
    public static String scoreChange(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal change = now.subtract(before);
        return change.signum() == 0 ? "no change" : signed(change);
    }

    public static String score(BigDecimal mean) {
        return mean == null ? "–" : mean.toPlainString();
    }

    /** A duration as people say it: "45 min", "3 h 20 min", "2 d 4 h"; an en dash for none. */
    public static String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = d.toHours();
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return d.toDays() + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** The change of a duration: "+1 h 20 min", "−3 d 2 h", "no change"; empty when either is missing. */
    public static String durationChange(Duration now, Duration before) {
        if (now == null || before == null) {
            return "";
        }
        Duration change = now.minus(before);
        if (change.toMinutes() == 0) {
            return "no change";
        }
        return (change.isNegative() ? "−" : "+") + duration(change.abs());
    }

    /** The change of an amount of money: "+69.00 EUR", "−22.00 EUR", "no change"; empty when either is missing. */
    public static String moneyChange(BigDecimal now, BigDecimal before, String currency) {
        String change = scoreChange(now, before);
        return change.isEmpty() || "no change".equals(change) ? change : change + " " + currency;
    }

    /** "1 ticket", "3 tickets". */
    public static String tickets(long n) {
        return n + (n == 1 ? " ticket" : " tickets");
    }

    private static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "−") + change.abs().toPlainString();
    }
}
