package com.escalationdesk.finder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.lucene.store.FSDirectory;

/**
 * This server's ticket index ({@link TicketIndexReplica}), in the folder {@code lib/ticket-index} of
 * the server's domain (or the folder the system property {@code escalationdesk.ticketIndex} names).
 * Brought up to date in the background at start, so that a desk of a million tickets starts at once,
 * and before every search.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketFinderIndex {

    private static final Logger LOG = Logger.getLogger(TicketFinderIndex.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Resource
    private jakarta.ejb.SessionContext context;

    private TicketIndexReplica replica;

    @PostConstruct
    void open() {
        Path folder = folder();
        try {
            replica = openIn(folder);
        } catch (IOException | RuntimeException e) {
            // the index holds no truth of its own: one that cannot be read (damaged, or of another
            // Lucene version) is thrown away and built again from the database
            LOG.log(Level.WARNING, "The ticket index in " + folder + " could not be opened; building it again", e);
            try {
                deleteContents(folder);
                replica = openIn(folder);
            } catch (IOException again) {
                throw new UncheckedIOException("Could not open the ticket index in " + folder, again);
            }
        }
        context.getBusinessObject(TicketFinderIndex.class).catchUpInBackground();
    }

    private TicketIndexReplica openIn(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new TicketIndexReplica(dataSource, FSDirectory.open(folder), clock);
    }

    private static void deleteContents(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Asynchronous
    public void catchUpInBackground() {
        try {
            replica.catchUp();
        } catch (RuntimeException e) {
            // the next search tries again, and says so if it fails too
            LOG.log(Level.WARNING, "Could not bring the ticket index up to date at start", e);
        }
    }

    public FinderPage search(TicketSearch search, FinderViewer viewer, int offset, int limit) {
        return replica.search(search, viewer, offset, limit);
    }

    public FinderPage searchAfter(TicketSearch search, FinderViewer viewer, FinderCursor after, int limit) {
        return replica.searchAfter(search, viewer, after, limit);
    }

    @PreDestroy
    void close() {
        replica.close();
    }

    private static Path folder() {
        String configured = System.getProperty("escalationdesk.ticketIndex");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String instance = System.getProperty("com.sun.aas.instanceRoot");
        return instance != null ? Path.of(instance, "lib", "ticket-index")
                : Path.of(System.getProperty("java.io.tmpdir"), "escalation-desk-ticket-index");
    }
}
