package com.escalationdesk.shared.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * How long a signed-in session may stay idle: 30 minutes, or the minutes the server's system
 * property {@value #PROPERTY} gives (1 to 1440).
 */
@WebListener
public class SessionTimeout implements ServletContextListener {

    static final String PROPERTY = "escalationdesk.sessionTimeoutMinutes";
    static final int DEFAULT_MINUTES = 30;
    private static final Logger LOG = Logger.getLogger(SessionTimeout.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTimeout(minutes(System.getProperty(PROPERTY)));
    }

    static int minutes(String configured) {
        if (configured == null || configured.isBlank()) {
            return DEFAULT_MINUTES;
        }
        try {
            int minutes = Integer.parseInt(configured.strip());
            if (minutes >= 1 && minutes <= 1440) {
                return minutes;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        LOG.warning(() -> PROPERTY + "=" + configured + " is not a number of minutes from 1 to 1440; sessions time out after "
                + DEFAULT_MINUTES + " idle minutes.");
        return DEFAULT_MINUTES;
    }
}
