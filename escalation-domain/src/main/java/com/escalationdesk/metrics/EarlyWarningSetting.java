package com.escalationdesk.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Map;

/** The desk's one early-warning threshold, as an admin last set it (the migration sets the default). */
@Entity
@Table(name = "early_warning_setting")
public class EarlyWarningSetting {

    public static final long ID = 1;

    @Id
    private Long id;

    @Column(name = "deviations", nullable = false, precision = 3, scale = 1)
    private BigDecimal deviations;

    @Column(name = "minimum_rise", nullable = false)
    private int minimumRise;

    @Version
    private long version;

    protected EarlyWarningSetting() {
        // for JPA
    }

    public EarlyWarningThreshold threshold() {
        return new EarlyWarningThreshold(deviations, minimumRise);
    }

    public void change(EarlyWarningThreshold threshold) {
        deviations = threshold.deviations();
        minimumRise = threshold.minimumRise();
    }

    public Map<String, Object> auditState() {
        return Map.of("deviations", deviations.toPlainString(), "minimumRise", minimumRise);
    }
}
