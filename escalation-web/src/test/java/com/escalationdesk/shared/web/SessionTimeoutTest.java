package com.escalationdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionTimeoutTest {

    @Test
    void thirtyMinutesUnlessAPlausibleNumberOfMinutesIsConfigured() {
        assertThat(SessionTimeout.minutes(null)).isEqualTo(30);
        assertThat(SessionTimeout.minutes(" ")).isEqualTo(30);
        assertThat(SessionTimeout.minutes("15")).isEqualTo(15);
        assertThat(SessionTimeout.minutes(" 480 ")).isEqualTo(480);
        assertThat(SessionTimeout.minutes("0")).isEqualTo(30);
        assertThat(SessionTimeout.minutes("1441")).isEqualTo(30);
        assertThat(SessionTimeout.minutes("half an hour")).isEqualTo(30);
    }
}
