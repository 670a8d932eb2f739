package com.escalationdesk.shared.export;

import org.primefaces.component.datatable.export.DataTableCSVExporter;

/**
 * PrimeFaces' CSV export of a table, with every cell neutralised as {@link CsvText} does, so that
 * what customers typed cannot run as a formula in the spreadsheet that opens it.
 */
public class FormulaSafeCsvExporter extends DataTableCSVExporter {

    @Override
    protected String escapeQuotes(String value) {
        return super.escapeQuotes(value == null ? null : CsvText.neutralised(value));
    }
}
