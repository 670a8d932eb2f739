package com.escalationdesk.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Shows instants as "2026-11-24 09:30 UTC" (per-user time zones come with the SLA work). */
@FacesConverter("instant")
public class InstantDisplayConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Times are shown, not entered");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return text(value);
    }

    /** "2026-11-24 09:30 UTC", or nothing. */
    public static String text(Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
