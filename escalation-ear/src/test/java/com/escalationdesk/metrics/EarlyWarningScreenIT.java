package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** In Chromium: managers watch their teams against the usual range; an admin sets the threshold, and nonsense is refused. */
class EarlyWarningScreenIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aManagerWatchesTheirTeamsAndAnAdminSetsTheThreshold() {
        Browser maria = browsers.open();
        maria.signInAs("maria");
        maria.clickAndWaitForPage(By.id("openEarlyWarnings"));
        assertThat(maria.texts(By.cssSelector("[id='watch'] tbody td:first-child")))
                .containsExactly("Frontline support", "Platform engineering");
        assertThat(maria.text(By.id("thresholdNow"))).contains("2.0 standard deviations, at least 5 points above the mean");
        assertThat(maria.isPresent(By.id("thresholdForm"))).as("only admins set it").isFalse();

        Browser adam = browsers.open();
        adam.signInAs("adam");
        adam.go("metrics/early-warnings.xhtml");
        adam.type(By.id("thresholdForm:deviations"), "a lot");
        adam.clickAndWaitForPage(By.id("thresholdForm:saveThreshold"));
        assertThat(adam.text(By.cssSelector(".ui-messages-error-summary"))).isEqualTo("Give the standard deviations as a number, such as 2 or 1.5.");
        adam.type(By.id("thresholdForm:deviations"), "7");
        adam.clickAndWaitForPage(By.id("thresholdForm:saveThreshold"));
        assertThat(adam.text(By.cssSelector(".ui-messages-error-summary"))).contains("0.5 to 5 standard deviations");
        try {
            adam.type(By.id("thresholdForm:deviations"), "1.5");
            adam.type(By.id("thresholdForm:minimumRise"), "4");
            adam.clickAndWaitForPage(By.id("thresholdForm:saveThreshold"));
            assertThat(adam.text(By.cssSelector(".ui-messages-info-summary"))).startsWith("The usual range now ends 1.5 standard deviations");
            assertThat(adam.text(By.id("thresholdNow"))).contains("1.5 standard deviations, at least 4 points above the mean");
            maria.go("metrics/early-warnings.xhtml");
            assertThat(maria.text(By.id("thresholdNow"))).contains("1.5 standard deviations, at least 4 points above the mean");
        } finally {
            adam.go("metrics/early-warnings.xhtml");
            adam.type(By.id("thresholdForm:deviations"), "2");
            adam.type(By.id("thresholdForm:minimumRise"), "5");
            adam.clickAndWaitForPage(By.id("thresholdForm:saveThreshold"));
        }
    }
}
