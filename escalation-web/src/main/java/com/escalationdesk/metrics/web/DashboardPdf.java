package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.DashboardReport;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The dashboard as a PDF to print or send on: its title and scope, then each table as on the screen,
 * on A4 landscape so that the widest table fits.
 */
final class DashboardPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font MUTED = FontFactory.getFont(FontFactory.HELVETICA, 9, Font.NORMAL, new Color(0x55, 0x5f, 0x6d));

    private DashboardPdf() {
    }

    static void write(DashboardReport report, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addSubject(report.scope());
            document.open();
            document.add(new Paragraph(pdfText(report.title()), TITLE));
            document.add(new Paragraph(pdfText(report.scope()), MUTED));
            for (DashboardReport.Table table : report.tables()) {
                Paragraph heading = new Paragraph(pdfText(table.title()), HEADING);
                heading.setSpacingBefore(14);
                heading.setSpacingAfter(6);
                document.add(heading);
                if (table.cells().isEmpty()) {
                    document.add(new Paragraph("Nothing in this period.", MUTED));
                    continue;
                }
                document.add(pdfTable(table));
            }
        } catch (DocumentException e) {
            throw new IOException("The dashboard could not be written as PDF", e);
        } finally {
            document.close();
        }
    }

    private static PdfPTable pdfTable(DashboardReport.Table table) {
        PdfPTable pdf = new PdfPTable(table.columns().size());
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        for (String column : table.columns()) {
            PdfPCell cell = new PdfPCell(new Phrase(pdfText(column), HEADER));
            cell.setBackgroundColor(new Color(0xee, 0xf2, 0xf7));
            pdf.addCell(cell);
        }
        for (List<Object> row : table.cells()) {
            for (Object value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(pdfText(value == null ? "" : value.toString()), TEXT));
                if (value instanceof Long) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    /** The standard fonts' encoding (WinAnsi) has no minus sign; a hyphen reads the same. */
    private static String pdfText(String text) {
        return text.replace('\u2212', '-');
    }
}
