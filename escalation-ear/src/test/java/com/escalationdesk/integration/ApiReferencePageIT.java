package com.escalationdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** In Chromium: the API's reference page renders the document the server publishes, every operation of it. */
class ApiReferencePageIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void theReferencePageListsEveryOperationOfThePublishedDocument() {
        Browser reader = browsers.open();
        reader.go("api-docs/index.html");

        reader.waitUntil(d -> d.findElements(By.cssSelector(".opblock")).size() >= 50);

        assertThat(reader.text(By.cssSelector(".info .title"))).startsWith("Escalation Desk API");
        assertThat(reader.texts(By.cssSelector(".opblock-summary-path"))).contains("/api/v1/tickets", "/api/v1/tickets/{number}",
                "/api/v1/webhooks");
        assertThat(reader.isPresent(By.cssSelector(".errors-wrapper"))).as("Swagger UI found no error in the document").isFalse();
    }
}
