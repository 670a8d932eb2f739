package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import com.escalationdesk.browser.FinderPage;
import com.escalationdesk.browser.NewTicketPage;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** What a manager or agent downloads holds what the screen shows, and what customers typed stays text. */
class ExportsIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theDashboardDownloadsAsAWorkbookAPdfAndCsvWithTheFiguresOnTheScreenForTheCutInView() throws Exception {
        Browser maria = browsers.open();
        maria.signInAs("maria");
        // cut to billing tickets: the downloads carry the cut as the page does
        maria.go("metrics/dashboard.xhtml?days=30&category=BILLING");
        assertThat(maria.text(By.id("dashboardScope"))).startsWith("Your teams: Frontline support, Platform engineering · Billing ·");
        String resolved = maria.text(By.cssSelector("#tileResolved .desk-figure"));
        String escalationRate = maria.text(By.cssSelector("#tileEscalationRate .desk-figure"));
        String frontlineActive = maria.text(
                By.xpath("//table[@id='backlog']//tr[td[1][normalize-space()='Frontline support']]//a[@class='desk-drill']"));

        Path workbook = maria.download(By.id("exportXlsx"));
        assertThat(workbook.getFileName()).hasToString("dashboard-30-days.xlsx");
        assertThat(maria.text(By.cssSelector("#tileResolved .desk-figure"))).as("still the page").isEqualTo(resolved);
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getProperties().getCoreProperties().getDescription()).contains(" · Billing · resolved from ");
            Sheet figures = book.getSheet("Figures");
            Row resolvedRow = row(figures, "Resolved");
            assertThat(resolvedRow.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) resolvedRow.getCell(1).getNumericCellValue()).isEqualTo(Long.parseLong(resolved));
            assertThat(row(figures, "Escalation rate").getCell(1).getStringCellValue()).isEqualTo(escalationRate);
            Row frontline = row(book.getSheet("Waiting now by team"), "Frontline support");
            assertThat((long) frontline.getCell(2).getNumericCellValue()).isEqualTo(Long.parseLong(frontlineActive));
            assertThat(IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName)).startsWith("Figures",
                    "The last 12 weeks");
        }

        Path pdf = maria.download(By.id("exportPdf"));
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(firstPage).contains("Dashboard", "last 30 days", "Your teams: Frontline support", "Billing", "Resolved",
                    escalationRate);
        } finally {
            reader.close();
        }

        Path backlogCsv = maria.download(By.id("csv-backlog"));
        List<String> lines = Files.readAllLines(backlogCsv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFTeam,Tier,Active tickets,Escalations waiting,Oldest waiting,Mean wait");
        assertThat(lines).anyMatch(l -> l.startsWith("Frontline support,1," + frontlineActive + ","));
    }

    @Test
    void aListOfTicketsDownloadsWholeAndAFormulaACustomerTypedStaysText() throws Exception {
        Browser alice = browsers.open();
        alice.signInAs("alice");
        String word = "sheetprobe" + Long.toString(System.nanoTime(), 26).replaceAll("[0-9]", "x").toLowerCase(Locale.ROOT);
        String subject = "=HYPERLINK(\"http://evil.example\",\"" + word + "\")";
        String number = NewTicketPage.open(alice).create("Contoso", subject, "The customer pasted a formula as the subject.",
                "Billing", "P3").number();
        FinderPage found = FinderPage.open(alice, "q=" + word);
        assertThat(found.numbers()).containsExactly(number);

        Path csv = alice.download(By.id("resultsForm:resultsCsv"));
        assertThat(csv.getFileName()).hasToString("tickets-found.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"" + number + "\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"" + word + "\"\")\",");

        Path xlsx = alice.download(By.id("resultsForm:resultsXlsx"));
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Row ticket = book.getSheetAt(0).getRow(1);
            assertThat(ticket.getCell(0).getStringCellValue()).isEqualTo(number);
            // a text cell: a spreadsheet shows it and never evaluates it
            assertThat(ticket.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(ticket.getCell(1).getStringCellValue()).isEqualTo(subject);
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    private static Row row(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row \"" + first + "\" in the sheet " + sheet.getSheetName());
    }
}
