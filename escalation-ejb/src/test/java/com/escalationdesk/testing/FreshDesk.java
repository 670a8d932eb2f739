package com.escalationdesk.testing;

import com.escalationdesk.directory.DemoData;
import com.escalationdesk.schema.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.DatabaseSession;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Gives each service test class the desk a fresh install has: the schema from its migrations and
 * the demo data, as when every class booted its own server. The whole suite shares one server, so
 * when a new class begins, the database is cleaned and built again, and what the server remembers
 * of the old one is forgotten with it: EclipseLink's cache and preallocated ids, the test clock's
 * lead, the mail received and the events heard.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FreshDesk {

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PersistenceUnit(unitName = "escalation")
    private EntityManagerFactory entityManagerFactory;

    @EJB
    private DemoData demoData;

    @Inject
    private RecordedTicketEvents recordedEvents;

    @Inject
    private TestClock clock;

    private String currentClass;

    private DeskSnapshot snapshot;

    private java.util.List<String> heardWhileLoading;

    /** Called before every test; the first test of a class after another class gets a fresh desk. */
    public void before(Class<?> testClass) {
        if (currentClass != null && !currentClass.equals(testClass.getName())) {
            rebuild();
        }
        currentClass = testClass.getName();
    }

    /**
     * The first rebuild migrates and loads the demo desk and keeps a copy of it; later ones put the copy
     * back, and set the test clock to the moment it was loaded, so that the desk is what a fresh load
     * would have made a moment ago.
     */
    private void rebuild() {
        if (snapshot == null) {
            cleanAndMigrate();
            forgetTheOldDesk();
            clock.restart();
            demoData.loadWhenEmpty();
            snapshot = DeskSnapshot.take(dataSource, clock.instant());
            heardWhileLoading = recordedEvents.heardSoFar();
        } else {
            // first, so that no timer meanwhile reads the restored desk at the last class's later time
            clock.rewindTo(snapshot.takenAt());
            snapshot.restore(dataSource);
            renewIndexEpochs();
            forgetTheOldDesk();
            // the events the load raised, which a fresh load would have raised again
            recordedEvents.forgetAllBut(heardWhileLoading);
        }
    }

    private void forgetTheOldDesk() {
        entityManagerFactory.getCache().evictAll();
        entityManagerFactory.unwrap(DatabaseSession.class).getSequencingControl().initializePreallocated();
        SmtpServer.stop();
        ImapServer.stop();
        recordedEvents.forget();
    }

    /**
     * The ticket finder's and the knowledge base's indexes live beside the database and know it by the
     * moment its counters were made; a restored desk has the snapshot's, which the indexes may already
     * have followed through the last class's changes. New moments make them build afresh, as after a
     * migration.
     */
    private void renewIndexEpochs() {
        try (Connection db = dataSource.getConnection(); java.sql.Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE ticket_index_epoch SET created_at = CURRENT_TIMESTAMP");
            s.executeUpdate("UPDATE kb_change_counter SET started_at = CURRENT_TIMESTAMP");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On PostgreSQL, dropping a table waits for every transaction that touched it, and the outbox's
     * timer can hold one while its thread waits on a statement queued behind the drop: neither moves,
     * and the suite hung. So the drop gives up after 15 s (the setting stays on the pool's connections that Flyway used; no
     * test waits that long for a lock) and the rebuild tries again.
     */
    private void cleanAndMigrate() {
        boolean postgres;
        try (Connection db = dataSource.getConnection()) {
            postgres = db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        FluentConfiguration configuration = SchemaMigration.migrations(dataSource).cleanDisabled(false);
        if (postgres) {
            configuration.initSql("SET lock_timeout = '15s'");
        }
        Flyway flyway = configuration.load();
        for (int attempt = 1; ; attempt++) {
            try {
                flyway.clean();
                flyway.migrate();
                return;
            } catch (FlywayException e) {
                if (attempt == 10) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
