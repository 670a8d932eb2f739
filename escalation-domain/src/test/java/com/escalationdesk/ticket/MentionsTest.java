package com.escalationdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void eachLoginNamedWithAnAtOnceInOrderAndInLowerCase() {
        assertThat(Mentions.in("@Bob can you check the ledger? cc @nina.\n@bob again, and (@erik)"))
                .containsExactly("bob", "nina", "erik");
    }

    @Test
    void anEmailAddressOrABareAtNamesNobody() {
        assertThat(Mentions.in("Mail ann@example.com or write to @ alone; x@@y")).isEmpty();
        assertThat(Mentions.in(null)).isEmpty();
    }
}
