package com.escalationdesk.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The time zones offered where a customer's zone is entered: UTC and the region names, e.g. Europe/Berlin. */
@Named
@ApplicationScoped
public class TimeZones {

    private final List<String> ids = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()).toList();

    public List<String> getIds() {
        return ids;
    }
}
