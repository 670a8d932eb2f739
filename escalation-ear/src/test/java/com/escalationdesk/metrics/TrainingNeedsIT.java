package com.escalationdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.escalationdesk.browser.Browser;
import com.escalationdesk.browser.Browsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** In Chromium: a team lead asks an agent to read an article from the training-needs page; the agent reads it and says so. */
class TrainingNeedsIT {

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void aManagerAsksAnAgentToReadAnArticleAndSeesWhenTheyHaveReadIt() {
        Browser maria = browsers.open();
        maria.signInAs("maria");
        maria.clickAndWaitForPage(By.id("openTraining"));
        assertThat(maria.text(By.tagName("h1"))).isEqualTo("Training needs");
        // her agents, and not omar's
        assertThat(new Select(maria.find(By.id("trainingForm:coachAgent"))).getOptions()).extracting(o -> o.getText())
                .contains("alice", "tom", "lena", "erik").doesNotContain("bob", "nina");
        new Select(maria.find(By.id("trainingForm:coachAgent"))).selectByValue("tom");
        maria.type(By.id("trainingForm:coachArticle"), "KB-1");
        maria.type(By.id("trainingForm:coachWhy"), "The refund steps are in section 2.");
        maria.clickAndWaitForPage(By.id("trainingForm:coach"));
        assertThat(maria.text(By.cssSelector(".ui-messages-info-summary"))).startsWith("tom is asked to read KB-1");
        By toms = By.xpath("//table[@id='trainingForm:given']//tr[td[1][normalize-space()='Tom Becker']"
                + " and td[3][normalize-space()='The refund steps are in section 2.']]");
        assertThat(maria.text(toms)).endsWith("not yet");
        String title = maria.text(By.xpath("//table[@id='trainingForm:given']//tr[td[1][normalize-space()='Tom Becker']]/td[2]"));

        Browser tom = browsers.open();
        tom.signInAs("tom");
        tom.go("ticket/my-figures.xhtml");
        By note = By.xpath("//table[@id='coachingForm:coaching']//tr[td[2][normalize-space()='The refund steps are in section 2.']]");
        assertThat(tom.text(note)).contains(title, "Maria Rossi");
        tom.clickAndWaitForPage(By.xpath("//table[@id='coachingForm:coaching']//tr[td[2][normalize-space()="
                + "'The refund steps are in section 2.']]//input[@value='Mark read']"));
        assertThat(tom.text(By.cssSelector(".ui-messages-info-summary"))).startsWith("Marked read");
        assertThat(tom.isPresent(By.xpath("//table[@id='coachingForm:coaching']//tr[td[2][normalize-space()="
                + "'The refund steps are in section 2.']]//input[@value='Mark read']"))).isFalse();

        maria.go("metrics/training.xhtml?days=90");
        assertThat(maria.text(toms)).doesNotEndWith("not yet").matches(".*\\d{4}-\\d{2}-\\d{2}.*");
        // an article number that names nothing is said so, and nothing is given
        new Select(maria.find(By.id("trainingForm:coachAgent"))).selectByValue("alice");
        maria.type(By.id("trainingForm:coachArticle"), "KB-999999");
        maria.type(By.id("trainingForm:coachWhy"), "Read it");
        maria.clickAndWaitForPage(By.id("trainingForm:coach"));
        assertThat(maria.text(By.cssSelector(".ui-messages-error-summary"))).contains("There is no article KB-999999");
    }
}
