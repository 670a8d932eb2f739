package com.escalationdesk.mail;

import jakarta.mail.Session;
import java.util.Locale;
import java.util.Properties;

/**
 * One mailbox the desk reads by IMAP, as the server's mail session {@code mail/escalation-desk-in-N}
 * defines it: its host, user and password, the folder read ({@code mail.escalationdesk.folder},
 * INBOX unless set), the team whose queue its new tickets go to ({@code mail.escalationdesk.team},
 * the first team of the lowest tier unless set) and the address customers write to ({@code mail.from}).
 */
public record Mailbox(String name, Properties properties) {

    static final String FOLDER = "mail.escalationdesk.folder";
    static final String TEAM = "mail.escalationdesk.team";

    static Mailbox of(String jndiName, Session session) {
        Properties copy = new Properties();
        session.getProperties().forEach(copy::put);
        // read without marking read: an email is marked read only once the desk has taken it in
        copy.setProperty("mail." + protocolOf(copy) + ".peek", "true");
        copy.putIfAbsent("mail." + protocolOf(copy) + ".connectiontimeout", "10000");
        copy.putIfAbsent("mail." + protocolOf(copy) + ".timeout", "30000");
        return new Mailbox(jndiName, copy);
    }

    public String protocol() {
        return protocolOf(properties);
    }

    private static String protocolOf(Properties p) {
        return p.getProperty("mail.store.protocol", "imap").strip().toLowerCase(Locale.ROOT);
    }

    public String host() {
        return properties.getProperty("mail." + protocol() + ".host", properties.getProperty("mail.host"));
    }

    public int port() {
        String port = properties.getProperty("mail." + protocol() + ".port");
        return port == null || port.isBlank() ? -1 : Integer.parseInt(port.strip());
    }

    public String user() {
        return properties.getProperty("mail." + protocol() + ".user", properties.getProperty("mail.user"));
    }

    String password() {
        return properties.getProperty("mail." + protocol() + ".password", "");
    }

    public String folder() {
        return properties.getProperty(FOLDER, "INBOX");
    }

    /** The team named for the mailbox's new tickets, or null for the desk's first team. */
    public String team() {
        String team = properties.getProperty(TEAM);
        return team == null || team.isBlank() ? null : team.strip();
    }

    /** The address customers write to, lower case, or null. */
    public String address() {
        String from = properties.getProperty("mail.from");
        return from == null || from.isBlank() ? null : from.strip().toLowerCase(Locale.ROOT);
    }

    /** How the log and the admin name it: never with the password. */
    public String describe() {
        return user() + " at " + protocol() + "://" + host() + (port() > 0 ? ":" + port() : "") + "/" + folder();
    }
}
