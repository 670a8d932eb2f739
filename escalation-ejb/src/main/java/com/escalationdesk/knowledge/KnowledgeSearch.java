package com.escalationdesk.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * This server's knowledge index ({@link KnowledgeIndexReplica}), built at start and kept in step
 * with the database before every search; every server of the desk holds its own.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeSearch {

    private static final Logger LOG = Logger.getLogger(KnowledgeSearch.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    private DataSource dataSource;

    private KnowledgeIndexReplica replica;

    @PostConstruct
    void build() {
        long began = System.nanoTime();
        replica = new KnowledgeIndexReplica(dataSource);
        int size = replica.size();
        LOG.info(() -> "Knowledge index built: " + size + " articles in " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    @PreDestroy
    void close() {
        replica.close();
    }

    public List<KnowledgeIndex.Hit> search(KnowledgeQuery query) {
        return replica.search(query);
    }
}
