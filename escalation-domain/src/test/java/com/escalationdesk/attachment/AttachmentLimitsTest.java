package com.escalationdesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AttachmentLimitsTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aFileTooLargeAloneOrBesideTheTicketsFilesIsRefusedWithTheFigures() {
        AttachmentLimits limits = AttachmentLimits.ofMegabytes(2, 3);
        limits.check("a.pdf", 2 * MB, 0);
        assertThatThrownBy(() -> limits.check("big.pdf", 2 * MB + 1, 0)).isInstanceOf(RuleViolation.class)
                .hasMessage("The file big.pdf is 2.0 MB; a file may be at most 2 MB.");
        assertThatThrownBy(() -> limits.check("b.pdf", 2 * MB, 2 * MB)).isInstanceOf(RuleViolation.class)
                .hasMessage("The file b.pdf (2.0 MB) would take this ticket's files past 3 MB (2.0 MB so far).");
        assertThatThrownBy(() -> limits.check("empty.txt", 0, 0)).hasMessage("The file empty.txt is empty.");
    }

    @Test
    void anAdminsLimitsStayWithinWhatTheServerTakes() {
        assertThat(AttachmentLimits.DEFAULT.fileMb()).isEqualTo(10);
        assertThat(AttachmentLimits.DEFAULT.ticketMb()).isEqualTo(50);
        assertThatThrownBy(() -> AttachmentLimits.ofMegabytes(0, 10)).hasMessage("A file may be allowed 1 to 100 MB.");
        assertThatThrownBy(() -> AttachmentLimits.ofMegabytes(101, 200)).hasMessage("A file may be allowed 1 to 100 MB.");
        assertThatThrownBy(() -> AttachmentLimits.ofMegabytes(10, 5)).hasMessageStartingWith("A ticket's files together");
    }

    @Test
    void aFilesNameIsKeptSafeForStorageAndHeaders() {
        assertThat(Attachment.cleanName("C:\\Users\\ann\\Desktop\\invoice.pdf")).isEqualTo("invoice.pdf");
        assertThat(Attachment.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Attachment.cleanName("a\"b<c>\n.txt")).isEqualTo("a_b_c__.txt");
        assertThat(Attachment.cleanName(".hidden")).isEqualTo("hidden");
        assertThat(Attachment.cleanName("  ")).isEqualTo("file");
        assertThat(Attachment.cleanName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
    }
}
