package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.DashboardReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dashboard as an XLSX workbook: a sheet per table, its header in bold, counts as numbers and the
 * rest as the screen's text. Text is always a text cell, so what a customer typed never becomes a formula.
 */
final class DashboardWorkbook {

    private DashboardWorkbook() {
    }

    static void write(DashboardReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setDescription(report.scope());
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            for (DashboardReport.Table table : report.tables()) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
                Row head = sheet.createRow(0);
                List<String> columns = table.columns();
                for (int c = 0; c < columns.size(); c++) {
                    head.createCell(c).setCellValue(columns.get(c));
                    head.getCell(c).setCellStyle(header);
                }
                int r = 1;
                for (List<Object> cells : table.cells()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value instanceof Long n) {
                            row.createCell(c).setCellValue(n);
                        } else {
                            row.createCell(c).setCellValue(value == null ? "" : value.toString());
                        }
                    }
                }
                widen(sheet, table);
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
        }
    }

    /** Columns as wide as their longest text; counted in characters, as POI's own sizing needs the server's fonts. */
    private static void widen(Sheet sheet, DashboardReport.Table table) {
        for (int c = 0; c < table.columns().size(); c++) {
            int widest = table.columns().get(c).length();
            for (List<Object> cells : table.cells()) {
                widest = Math.max(widest, String.valueOf(cells.get(c)).length());
            }
            sheet.setColumnWidth(c, Math.min(widest + 2, 80) * 256);
        }
    }
}
