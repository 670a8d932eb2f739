package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // the Standard Webhooks specification's published example: any of its libraries verifies what matches it
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void aMessageIsSignedAsTheStandardWebhooksExampleIs() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSignatureHoldsOnlyForItsIdTimeAndBody() {
        String header = "v1,bm90LXRoaXMtb25l " + WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY.replace('2', '3'), header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_other", TIMESTAMP, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), ID, TIMESTAMP, BODY, header)).isFalse();
    }

    @Test
    void aNewSecretHasThePrefixAndA256BitKey() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(secret).isNotEqualTo(WebhookSignature.newSecret());
    }
}
