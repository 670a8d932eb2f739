package com.escalationdesk.shared.export;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Makes every table's CSV export the one that neutralises formulas: PrimeFaces keeps one exporter per
 * kind of table and format for the whole application, and a p:dataExporter cannot name another.
 */
@WebListener
public class FormulaSafeCsvRegistration implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DataExporters.register(DataTable.class, FormulaSafeCsvExporter.class, "csv");
    }
}
