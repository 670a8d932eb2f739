package com.escalationdesk.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A team's weekly rate above its usual range. The usual range comes from the team's last eight
 * weeks: the mean of their rates plus the threshold's standard deviations (population), and at least
 * its least rise in percentage points above the mean (five by default), so that a team whose weeks
 * were all alike is not warned of a point's rise. Weeks with fewer than {@link #MINIMUM_RESOLUTIONS} resolutions say too
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

    /**
     * A team's week against its usual range, warned or not, as the early-warning screen shows it.
     *
     * @param usualMean null when fewer than four earlier weeks had enough resolutions: no usual range yet
     * @param upperBound null likewise
     */
    public record Watch(String metric, Share thisWeek, BigDecimal usualMean, BigDecimal upperBound) implements java.io.Serializable {

        /** Above the usual range, with enough resolutions this week to say so. */
        public boolean warned() {
            return upperBound != null && thisWeek.whole() >= MINIMUM_RESOLUTIONS
                    && BigDecimal.valueOf(PERCENT.apply(thisWeek)).compareTo(upperBound) > 0;
        }

        /** The warning to send, when warned. */
        public Optional<EarlyWarning> warning() {
            return warned() ? Optional.of(new EarlyWarning(metric, oneDecimal(PERCENT.apply(thisWeek)), usualMean,
                    upperBound.setScale(1, RoundingMode.HALF_UP))) : Optional.empty();
        }
    }

    /** {@code thisWeek} against the usual range of {@code earlierWeeks} (oldest first, up to eight) under the threshold. */
    public static Watch watch(String metric, List<Share> earlierWeeks, Share thisWeek, EarlyWarningThreshold threshold) {
        List<Double> usual = earlierWeeks.subList(Math.max(0, earlierWeeks.size() - WEEKS), earlierWeeks.size()).stream()
                .filter(w -> w.whole() >= MINIMUM_RESOLUTIONS).map(PERCENT).toList();
        if (usual.size() < MINIMUM_WEEKS) {
            return new Watch(metric, thisWeek, null, null);
        }
        double mean = usual.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = usual.stream().mapToDouble(r -> (r - mean) * (r - mean)).average().orElseThrow();
        double upper = mean + Math.max(threshold.deviations().doubleValue() * Math.sqrt(variance), threshold.minimumRise());
        // compared unrounded: a rate a hair above the bound is above it
        return new Watch(metric, thisWeek, oneDecimal(mean), BigDecimal.valueOf(upper));
    }

    /** The warning, if {@code thisWeek} is above the usual range of {@code earlierWeeks} (oldest first, up to eight). */
    public static Optional<EarlyWarning> check(String metric, List<Share> earlierWeeks, Share thisWeek, EarlyWarningThreshold threshold) {
        return watch(metric, earlierWeeks, thisWeek, threshold).warning();
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
