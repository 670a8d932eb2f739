package com.escalationdesk.metrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The version of one UTC day's rollups: a new random number each time the roller changes the day's
 * rollups or the contributions its resolutions keep, so that every server can tell whether what it
 * read of the day is still what the database holds.
 */
@Entity
@Table(name = "rollup_day")
public class RollupDay {

    @Id
    @Column(name = "resolved_on")
    private LocalDate day;

    @Column(name = "version", nullable = false)
    private long version;

    protected RollupDay() {
    }

    public RollupDay(LocalDate day, long version) {
        this.day = day;
        this.version = version;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
