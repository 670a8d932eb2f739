package com.escalationdesk.testing;

import com.escalationdesk.knowledge.DemoArticles;
import com.escalationdesk.testing.suite.OneDeploymentForAllTests;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The services as one web archive for Payara Micro: every class of the application and of the
 * tests, the real persistence unit, migrations and ejb-jar.xml, and the libraries the EAR would
 * put in lib/. Built from the build output so that no test lists classes by hand. All service test
 * classes share it (see {@code OneDeploymentForAllTests}); the client-side Arquillian extension
 * stays out of it.
 */
public final class Deployments {

    private Deployments() {
    }

    @Deployment
    public static WebArchive services() {
        resetPostgres();
        File libDir = new File(Objects.requireNonNull(System.getProperty("deployment.lib"),
                "run through Failsafe, which sets deployment.lib"));
        File[] libraries = Objects.requireNonNull(libDir.listFiles((dir, name) -> name.endsWith(".jar")),
                "no libraries in " + libDir);
        // the build's own output: target/classes, or target/postgres/classes in the PostgreSQL run
        File classes = new File(Objects.requireNonNull(System.getProperty("deployment.classes"),
                "run through Failsafe, which sets deployment.classes"));
        return ShrinkWrap.create(WebArchive.class, "escalation-services.war")
                .addPackages(true, Filters.exclude(OneDeploymentForAllTests.class.getPackage()), "com.escalationdesk")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource(DemoArticles.RESOURCE)
                .addAsResource(new File(classes, "db"), "db")
                .addAsWebInfResource(new File(classes, "META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(libraries);
    }

    /**
     * In the postgres profile the run starts from an empty schema, as Payara Micro starts with an
     * empty H2 otherwise: migrations and demo data then run as on a fresh install.
     */
    private static void resetPostgres() {
        String url = System.getProperty("desk.reset.url");
        if (url == null || url.isBlank()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset the PostgreSQL schema at " + url, e);
        }
    }
}
