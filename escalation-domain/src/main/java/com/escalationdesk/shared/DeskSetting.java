package com.escalationdesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One of the desk's switches an admin sets on a screen, by name, with who set it last and when. */
@Entity
@Table(name = "desk_setting")
public class DeskSetting {

    /** Whether webhooks may be sent to this machine and private networks (tests and closed networks need it). */
    public static final String WEBHOOKS_TO_PRIVATE_ADDRESSES = "webhooks.privateAddresses";

    @Id
    @Column(name = "name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 500)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DeskSetting() {
        // for JPA
    }

    public DeskSetting(String name, String value, String changedBy, Instant now) {
        this.name = name;
        set(value, changedBy, now);
    }

    public void set(String value, String changedBy, Instant now) {
        this.value = value;
        this.changedBy = changedBy;
        this.changedAt = now;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
