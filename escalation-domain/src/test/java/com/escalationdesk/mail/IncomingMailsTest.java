package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class IncomingMailsTest {

    private static IncomingMail read(String raw) throws Exception {
        return IncomingMails.read(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aMultipartAnswerIsReadForItsSenderThreadAndPlainText() throws Exception {
        IncomingMail mail = read("""
                From: =?UTF-8?Q?Zo=C3=AB_Martin?= <Zoe@Customer.Example>
                To: Support <support+ESC-10001@acme.example>
                Cc: boss@customer.example
                Subject: Re: [ESC-10001] Our reply
                Message-ID: <answer-1@customer.example>
                In-Reply-To: <ESC-10001.abc@acme.example>
                References: <ESC-10001@acme.example> <ESC-10001.abc@acme.example>
                Auto-Submitted: no
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=UTF-8

                Thanks, that works.
                --b1
                Content-Type: text/html; charset=UTF-8

                <p>Thanks, <b>that</b> works.</p>
                --b1--
                """);
        assertThat(mail.fromAddress()).isEqualTo("zoe@customer.example");
        assertThat(mail.fromName()).isEqualTo("Zoë Martin");
        assertThat(mail.recipients()).containsExactly("support+esc-10001@acme.example", "boss@customer.example");
        assertThat(mail.messageId()).isEqualTo("answer-1@customer.example");
        assertThat(mail.answers()).containsExactly("ESC-10001.abc@acme.example", "ESC-10001@acme.example");
        assertThat(mail.subject()).isEqualTo("Re: [ESC-10001] Our reply");
        assertThat(mail.text()).isEqualTo("Thanks, that works.");
        assertThat(mail.header("Auto-Submitted")).isEqualTo("no");
    }

    @Test
    void anHtmlOnlyEmailIsReadAsTextAndAnAttachmentIsNotItsText() throws Exception {
        IncomingMail mail = read("""
                From: ann@customer.example
                To: support@acme.example
                Subject: Invoice
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="m"

                --m
                Content-Type: text/plain; charset=UTF-8
                Content-Disposition: attachment; filename="notes.txt"

                not the body
                --m
                Content-Type: text/html; charset=UTF-8

                <div>The invoice is wrong.</div>
                --m--
                """);
        assertThat(mail.text()).isEqualTo("The invoice is wrong.");
        assertThat(mail.messageId()).isNull();
    }
}
