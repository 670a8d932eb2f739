package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.FigureText;
import com.escalationdesk.metrics.Share;
import com.escalationdesk.ticket.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Figures in words on the screens, as {@link FigureText} writes them for the digest and the downloads too. */
@Named
@ApplicationScoped
public class FigureWords {

    /** The periods the figures' pages offer, in days. */
    private static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    /** A category's label from its name as the facts keep it ("BILLING" → "Billing"); the name itself when unknown. */
    public String categoryLabel(String name) {
        try {
            return Category.valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return name;
        }
    }

    /** A percentage to one decimal, half up; empty for none. */
    public String oneDecimal(BigDecimal percent) {
        return percent == null ? "" : percent.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public String percent(Share share) {
        return FigureText.percent(share);
    }

    public String points(Share now, Share before) {
        return FigureText.points(now, before);
    }

    public String countChange(long now, long before) {
        return FigureText.countChange(now, before);
    }

    public String scoreChange(BigDecimal now, BigDecimal before) {
        return FigureText.scoreChange(now, before);
    }

    public String durationChange(Duration now, Duration before) {
        return FigureText.durationChange(now, before);
    }

    public String score(BigDecimal mean) {
        return FigureText.score(mean);
    }

    public String duration(Duration d) {
        return FigureText.duration(d);
    }
}
