package com.escalationdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileKindTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 0, 0};
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Test
    void theBytesTellTheKindWhateverTheName() {
        assertThat(FileKind.of("screenshot.png", PNG)).contains(FileKind.PNG);
        assertThat(FileKind.of("screenshot", PNG)).as("no ending").contains(FileKind.PNG);
        assertThat(FileKind.of("invoice.PDF", PDF)).contains(FileKind.PDF);
        assertThat(FileKind.of("report.docx", ZIP)).contains(FileKind.OFFICE_DOCUMENT);
        assertThat(FileKind.OFFICE_DOCUMENT.contentType("report.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(FileKind.of("logs.zip", ZIP)).contains(FileKind.ZIP);
        assertThat(FileKind.of("router.log", "line one\nline two\n".getBytes(StandardCharsets.UTF_8))).contains(FileKind.TEXT);
        assertThat(FileKind.of("Grüße.txt", "Grüße aus Köln".getBytes(StandardCharsets.UTF_8))).contains(FileKind.TEXT);
    }

    @Test
    void aSavedEmailIsAnEmail() {
        byte[] email = "From: ann@customer.example\r\nSubject: Hello\r\nDate: Thu, 3 Dec 2026 10:00:00 +0000\r\n\r\nHi".getBytes();
        assertThat(FileKind.of("forwarded.eml", email)).contains(FileKind.EMAIL);
        assertThat(FileKind.of("headers.txt", email)).as("named as text, served as text").contains(FileKind.TEXT);
        assertThat(FileKind.EMAIL.contentType()).isEqualTo("message/rfc822");
    }

    @Test
    void programsAndUnknownBytesAreRefused() {
        assertThat(FileKind.of("setup.exe", PROGRAM)).isEmpty();
        assertThat(FileKind.of("invoice.pdf", PROGRAM)).isEmpty();
        assertThat(FileKind.of("blob", new byte[] {0, 1, 2, 3})).isEmpty();
        assertThat(FileKind.of("empty.txt", new byte[0])).isEmpty();
    }

    @Test
    void aNameThatClaimsAnotherKindThanTheBytesIsRefused() {
        assertThat(FileKind.of("photo.png", PDF)).as("a PDF named as an image").isEmpty();
        assertThat(FileKind.of("report.pdf", "just text".getBytes())).as("text named as a PDF").isEmpty();
        assertThat(FileKind.of("tool.exe", ZIP)).as("an archive under a program's name").isEmpty();
        assertThat(FileKind.of("page.html", "<script>alert(1)</script>".getBytes())).as("text is served as plain text")
                .contains(FileKind.TEXT);
    }

    @Test
    void onlyRasterImagesArePreviewed() {
        assertThat(FileKind.PNG.image()).isTrue();
        assertThat(FileKind.JPEG.image()).isTrue();
        assertThat(FileKind.PDF.image()).isFalse();
        assertThat(FileKind.TEXT.image()).isFalse();
    }
}
