package com.escalationdesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Absolute links into the application, for emails read outside it. The address is the server's
 * system property {@value #PROPERTY} (the run command sets it), else the default of a local run.
 */
@ApplicationScoped
public class AppLinks {

    public static final String PROPERTY = "escalationdesk.url";
    private static final String LOCAL = "http://localhost:8080/escalation-desk/";

    public String base() {
        String url = System.getProperty(PROPERTY, LOCAL).strip();
        return url.endsWith("/") ? url : url + "/";
    }

    public String ticket(String number) {
        return base() + "ticket/view.xhtml?number=" + encode(number);
    }

    public String dashboard() {
        return base() + "metrics/dashboard.xhtml";
    }

    public String notificationSettings() {
        return base() + "notification-settings.xhtml";
    }

    /** The customer's status page; the token is URL-safe already. */
    public String customerStatus(String token) {
        return base() + "status.xhtml?t=" + token;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
