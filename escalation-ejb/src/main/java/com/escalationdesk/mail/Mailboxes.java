package com.escalationdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The mailboxes the desk reads, found at startup as the mail sessions {@value #PREFIX}1 to
 * {@value #PREFIX}9 (the run command makes them from the ESCALATION_DESK_IMAP_* variables), and
 * read every ten seconds. Without one, email in is off. Every server reads them: the unique key of
 * each email ({@link InboundMessage}) lets only one take it in.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Mailboxes {

    static final String PREFIX = "mail/escalation-desk-in-";
    private static final Logger LOG = Logger.getLogger(Mailboxes.class.getName());

    @Inject
    private MailboxReader reader;

    @Inject
    private MailTransport transport;

    @Inject
    private Clock clock;

    private List<Mailbox> mailboxes = List.of();
    private final AtomicBoolean reading = new AtomicBoolean();
    private final Map<String, Instant> lastRead = new ConcurrentHashMap<>();
    private final Map<String, Failure> failing = new ConcurrentHashMap<>();

    /** A mailbox this server cannot read: since when, and why the last try failed. */
    private record Failure(Instant since, String why) {
    }

    @PostConstruct
    void find() {
        List<Mailbox> found = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            try {
                Session session = InitialContext.doLookup(PREFIX + i);
                Mailbox mailbox = Mailbox.of(PREFIX + i, session);
                found.add(mailbox);
                LOG.info(() -> "Email in is on: the desk reads " + mailbox.describe() + " (" + mailbox.name() + ")");
            } catch (NamingException | ClassCastException e) {
                // numbered from 1 with no gaps: the first missing ends the list
                break;
            }
        }
        mailboxes = List.copyOf(found);
        if (mailboxes.isEmpty()) {
            LOG.info(() -> "Email in is off: the server defines no mail session " + PREFIX + "1. See the README, \"Email\", to turn it on.");
        }
    }

    public boolean isOn() {
        return !mailboxes.isEmpty();
    }

    public List<Mailbox> all() {
        return mailboxes;
    }

    /** How each mailbox fares on this server: when it was last read, or since when and why it cannot be. */
    public List<MailboxState> states() {
        return mailboxes.stream().map(m -> {
            Failure failure = failing.get(m.name());
            return new MailboxState(m.name(), m.describe(), m.address(), m.team(), lastRead.get(m.name()),
                    failure == null ? null : failure.since(), failure == null ? null : failure.why());
        }).toList();
    }

    /** The desk's own addresses (those it reads and the one it sends from): an email from one of them is a loop. */
    public List<String> deskAddresses() {
        Set<String> addresses = new LinkedHashSet<>();
        mailboxes.stream().map(Mailbox::address).filter(a -> a != null).forEach(addresses::add);
        if (transport.fromAddress() != null) {
            addresses.add(transport.fromAddress());
        }
        return List.copyOf(addresses);
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "email in")
    void everyTenSeconds() {
        readAll();
    }

    /** Reads every mailbox once; a read already under way on this server is not doubled. Returns the emails taken in. */
    public int readAll() {
        if (mailboxes.isEmpty() || !reading.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int taken = 0;
            for (Mailbox mailbox : mailboxes) {
                try {
                    taken += reader.read(mailbox);
                    lastRead.put(mailbox.name(), clock.instant());
                    if (failing.remove(mailbox.name()) != null) {
                        LOG.info(() -> "The mailbox " + mailbox.describe() + " is read again.");
                    }
                } catch (MessagingException | RuntimeException e) {
                    // said once, not every ten seconds while the mail server is away
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    if (failing.putIfAbsent(mailbox.name(), new Failure(clock.instant(), why)) == null) {
                        LOG.log(Level.WARNING, "Could not read the mailbox " + mailbox.describe()
                                + "; the desk tries again every ten seconds and says when it can read it", e);
                    } else {
                        failing.computeIfPresent(mailbox.name(), (k, f) -> new Failure(f.since(), why));
                    }
                }
            }
            return taken;
        } finally {
            reading.set(false);
        }
    }
}
