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
import org.flywaydb.core.Flyway;

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

    /** Called before every test; the first test of a class after another class gets a fresh desk. */
    public void before(Class<?> testClass) {
        if (currentClass != null && !currentClass.equals(testClass.getName())) {
            rebuild();
        }
        currentClass = testClass.getName();
    }

    private void rebuild() {
        Flyway flyway = SchemaMigration.migrations(dataSource).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        entityManagerFactory.getCache().evictAll();
        entityManagerFactory.unwrap(DatabaseSession.class).getSequencingControl().initializePreallocated();
        clock.restart();
        SmtpServer.stop();
        recordedEvents.forget();
        demoData.loadWhenEmpty();
    }
}
