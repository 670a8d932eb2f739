package com.escalationdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailHeadersTest {

    @Test
    void anAnswerNamesWhatItAnswersMostRecentFirst() {
        assertThat(MailHeaders.answered("<c@x>", "<a@x> <b@x>\r\n <c@x>")).containsExactly("c@x", "b@x", "a@x");
        assertThat(MailHeaders.answered(null, null)).isEmpty();
        assertThat(MailHeaders.answered("not an id", "<a@x>")).containsExactly("a@x");
    }

    @Test
    void theReplyAddressCarriesTheTicketAfterAPlusAndFindsItAgain() {
        String reply = MailHeaders.replyAddress("support@acme.example", "ESC-10042");
        assertThat(reply).isEqualTo("support+ESC-10042@acme.example");
        assertThat(MailHeaders.ticketOfRecipients(List.of("other@acme.example", reply.toLowerCase()), List.of("support@acme.example")))
                .contains("ESC-10042");
        assertThat(MailHeaders.replyAddress("support+old@acme.example", "ESC-1")).isEqualTo("support+ESC-1@acme.example");
    }

    @Test
    void aPlusTagOnAnAddressThatIsNotTheDesksNamesNoTicket() {
        assertThat(MailHeaders.ticketOfRecipients(List.of("someone+esc-10042@elsewhere.example"), List.of("support@acme.example")))
                .isEmpty();
        assertThat(MailHeaders.ticketOfRecipients(List.of("support+newsletter@acme.example"), List.of("support@acme.example")))
                .isEmpty();
    }

    @Test
    void theSubjectNamesTheTicketInAnyCase() {
        assertThat(MailHeaders.ticketOfSubject("Re: [ESC-10001] We have received your request")).contains("ESC-10001");
        assertThat(MailHeaders.ticketOfSubject("AW: esc-77 refund")).contains("ESC-77");
        assertThat(MailHeaders.ticketOfSubject("DESC-10001 is not a ticket")).isEmpty();
        assertThat(MailHeaders.ticketOfSubject(null)).isEmpty();
    }

    @Test
    void aThreadIdIsTheDesksOnlyOnItsOwnDomain() {
        String thread = MailHeaders.threadOf("ESC-5", "acme.example");
        assertThat(MailHeaders.ticketOfThread(thread, "acme.example")).contains("ESC-5");
        assertThat(MailHeaders.ticketOfThread(thread, "other.example")).isEmpty();
        assertThat(MailHeaders.ticketOfThread("ESC-5.1234@acme.example", "acme.example")).isEmpty();
    }

    @Test
    void eachEmailOfTheDeskHasAnIdOfItsOwn() {
        String a = MailHeaders.newMessageId("ESC-5", "acme.example");
        assertThat(a).startsWith("ESC-5.").endsWith("@acme.example").isNotEqualTo(MailHeaders.newMessageId("ESC-5", "acme.example"));
        assertThat(MailHeaders.domainOf("Desk@Acme.Example")).isEqualTo("acme.example");
        assertThat(MailHeaders.domainOf(null)).isEqualTo("escalation-desk.invalid");
        assertThat(MailHeaders.references(List.of("a@x", "b@x", "a@x"))).isEqualTo("<a@x> <b@x>");
    }
}
