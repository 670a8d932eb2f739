package com.escalationdesk.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A team's weekly rate above its usual range. The usual range comes from the team's last eight
 * weeks: the mean of their rates plus {@code deviations} standard deviations (population), and at
 * least five percentage points above the mean, so that a team whose weeks were all alike is not
 * warned of a point's rise. Weeks with fewer than {@link #MINIMUM_RESOLUTIONS} resolutions say too
 * little and are left out, this week included; with fewer than four weeks left there is no usual
 * range yet.
 *
 * @param rate this week's rate, in percent
 * @param usualMean the mean of the earlier weeks' rates, in percent
 * @param upperBound the top of the usual range, in percent
 */
public record EarlyWarning(String metric, BigDecimal rate, BigDecimal usualMean, BigDecimal upperBound) {

    public static final int WEEKS = 8;
    public static final int MINIMUM_RESOLUTIONS = 5;
    static final int MINIMUM_WEEKS = 4;
    static final double MINIMUM_RISE = 5.0;

    /** The warning, if {@code thisWeek} is above the usual range of {@code earlierWeeks} (oldest first, up to eight). */
    public static Optional<EarlyWarning> check(String metric, List<Share> earlierWeeks, Share thisWeek, double deviations) {
        if (deviations <= 0) {
            throw new IllegalArgumentException("The threshold is a positive number of standard deviations.");
        }
        List<Double> usual = earlierWeeks.subList(Math.max(0, earlierWeeks.size() - WEEKS), earlierWeeks.size()).stream()
                .filter(w -> w.whole() >= MINIMUM_RESOLUTIONS).map(PERCENT).toList();
        if (thisWeek.whole() < MINIMUM_RESOLUTIONS || usual.size() < MINIMUM_WEEKS) {
            return Optional.empty();
        }
        double mean = usual.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = usual.stream().mapToDouble(r -> (r - mean) * (r - mean)).average().orElseThrow();
        double upper = mean + Math.max(deviations * Math.sqrt(variance), MINIMUM_RISE);
        double now = PERCENT.apply(thisWeek);
        if (now <= upper) {
            return Optional.empty();
        }
        return Optional.of(new EarlyWarning(metric, oneDecimal(now), oneDecimal(mean), oneDecimal(upper)));
    }

    private static final java.util.function.Function<Share, Double> PERCENT = s -> 100.0 * s.part() / s.whole();

    private static BigDecimal oneDecimal(double percent) {
        return BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP);
    }

    /** "Escalation rate 42.0% this week, above its usual range (mean 25.0%, up to 31.3%)". */
    public String describe() {
        return metric + " " + rate.toPlainString() + "% this week, above its usual range (mean " + usualMean.toPlainString()
                + "%, up to " + upperBound.toPlainString() + "%)";
    }
}
