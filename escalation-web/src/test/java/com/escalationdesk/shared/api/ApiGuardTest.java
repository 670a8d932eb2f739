package com.escalationdesk.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ApiGuardTest {

    @Test
    void depthCountsNestedArraysAndObjectsButNotBracketsInStrings() {
        assertThat(ApiGuard.depth(bytes("{}"))).isEqualTo(1);
        assertThat(ApiGuard.depth(bytes("{\"a\":[{\"b\":[1]}]}"))).isEqualTo(4);
        assertThat(ApiGuard.depth(bytes("{\"reason\":\"[[[[{{{{ \\\" [[[\"}"))).isEqualTo(1);
        assertThat(ApiGuard.depth(bytes("[".repeat(5000)))).isEqualTo(5000);
        assertThat(ApiGuard.depth(bytes(""))).isZero();
    }

    @Test
    void onlyJsonMediaTypesCountAsJson() {
        assertThat(ApiGuard.isJson("application/json")).isTrue();
        assertThat(ApiGuard.isJson("application/json; charset=UTF-8")).isTrue();
        assertThat(ApiGuard.isJson("Application/JSON")).isTrue();
        assertThat(ApiGuard.isJson("application/merge-patch+json")).isTrue();
        assertThat(ApiGuard.isJson(null)).isFalse();
        assertThat(ApiGuard.isJson("text/plain")).isFalse();
        assertThat(ApiGuard.isJson("application/x-www-form-urlencoded")).isFalse();
        assertThat(ApiGuard.isJson("multipart/form-data; boundary=x")).isFalse();
        assertThat(ApiGuard.isJson("text/json")).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
