package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailTextTest {

    @Test
    void anAnswersQuotedHistoryIsLeftOut() {
        String answer = "Yes, the refund arrived.\nThanks!\n\nOn Tue, 1 Dec 2026 at 10:00, Support <support@acme.example> wrote:\n"
                + "> We have refunded you.\n> Regards";
        assertThat(MailText.withoutQuotedHistory(answer)).isEqualTo("Yes, the refund arrived.\nThanks!");
        assertThat(MailText.withoutQuotedHistory("Fine.\r\n-----Original Message-----\r\nFrom: x")).isEqualTo("Fine.");
        assertThat(MailText.withoutQuotedHistory("> only a quote")).isEqualTo("> only a quote");
    }

    @Test
    void htmlBecomesPlainText() {
        String html = "<html><head><style>p{color:red}</style></head><body><p>Hello&nbsp;there</p><div>Line&amp;two<br>three</div>"
                + "<script>alert(1)</script></body></html>";
        assertThat(MailText.fromHtml(html)).isEqualTo("Hello there\nLine&two\nthree");
    }

    @Test
    void longTextIsCutAndSaysSo() {
        String text = "x".repeat(5000);
        String fitted = MailText.fitted(text, 4000);
        assertThat(fitted).hasSize(4000).endsWith("[… shortened: the email had 5000 characters]");
        assertThat(MailText.fitted("short", 4000)).isEqualTo("short");
    }
}
