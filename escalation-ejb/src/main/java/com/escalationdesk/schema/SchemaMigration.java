package com.escalationdesk.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date before anything else runs. The schema only ever moves
 * forward through versioned migrations, so a redeploy never loses data.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        freshResultsOnH2(dataSource);
        MigrateResult result = migrations(dataSource).load().migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * Turns off H2's reuse of a query's previous result, on the embedded database only. H2 hands a
     * statement the result it kept from the last run of the same query when it judges that no table
     * changed since, and under concurrent writers it misjudged: a connection kept reading the
     * knowledge change counter's old value for good, so the search index on that server stopped
     * taking in new articles (KnowledgeIT's concurrent readers caught it). Any repeated query could
     * have shown a user stale data the same way.
     */
    private static void freshResultsOnH2(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
                s.execute("SET OPTIMIZE_REUSE_RESULTS 0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded database", e);
        }
    }

    /** The desk's migrations on a database; the service tests build their fresh databases with it too. */
    public static FluentConfiguration migrations(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new V20__audit_trail_in_utc_and_merkle_log(), new V43__leaner_filing());
    }
}
