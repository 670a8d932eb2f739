package com.escalationdesk.metrics;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A team's last seven days against its eight weeks before, for the early warnings and their screen. */
@Stateless
@PermitAll
public class TeamWeeks {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private FactQueries facts;

    /** The desk's early-warning threshold as an admin last set it. */
    public EarlyWarningThreshold threshold() {
        return em.find(EarlyWarningSetting.class, EarlyWarningSetting.ID).threshold();
    }

    /** The team's escalation and exacerbation rates of the seven days up to {@code now}, each against its usual range. */
    public List<EarlyWarning.Watch> watch(String team, Instant now, EarlyWarningThreshold threshold) {
        List<PeriodFigures> weeks = new ArrayList<>();
        for (int back = EarlyWarning.WEEKS; back >= 0; back--) {
            Instant to = now.minus(Duration.ofDays(7L * back));
            weeks.add(PeriodFigures.of(facts.resolved(to.minus(Duration.ofDays(7)), to, List.of(team))));
        }
        PeriodFigures thisWeek = weeks.remove(weeks.size() - 1);
        return List.of(
                EarlyWarning.watch("Escalation rate", weeks.stream().map(w -> w.resolution().escalated()).toList(),
                        thisWeek.resolution().escalated(), threshold),
                EarlyWarning.watch("Exacerbation rate", weeks.stream().map(PeriodFigures::exacerbated).toList(),
                        thisWeek.exacerbated(), threshold));
    }
}
