package com.escalationdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.testing.Fixtures;
import com.escalationdesk.ticket.Category;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private final Fixtures f = new Fixtures();
    private final Instant at = Fixtures.NOW;

    private static ArticleContent content(String resolution) {
        return new ArticleContent("Router restarts every night", "My router restarts at 3 am", "Router X200",
                "Firmware update window", resolution, Category.NETWORK, List.of("Router", " firmware ", "router"),
                Audience.CUSTOMERS);
    }

    @Test
    void anArticleWithoutAResolutionIsFramedAsWorkInProgress() {
        Article a = Fixtures.withId(new Article(content(null), f.alice, 1, at));

        assertThat(a.getState()).isEqualTo(ArticleState.WORK_IN_PROGRESS);
        assertThat(a.getVersions()).extracting(ArticleVersion::getSummary).containsExactly("Created as work in progress");
        assertThat(a.content().tags()).containsExactly("router", "firmware");
    }

    @Test
    void anArticleWithAResolutionIsUsableButNotValidated() {
        Article a = new Article(content("Move the update window"), f.alice, 1, at);

        assertThat(a.getState()).isEqualTo(ArticleState.NOT_VALIDATED);
        assertThat(a.getState().usable()).isTrue();
    }

    @Test
    void workInProgressIsPublishedByAnyAgentOnceItHasAResolution() {
        Article a = Fixtures.withId(new Article(content(null), f.alice, 1, at));

        assertThatThrownBy(() -> a.moveTo(ArticleState.NOT_VALIDATED, f.alice, false, null, 2, at))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("has no resolution yet");
        a.revise(content("Move the update window to Sunday"), f.alice, false, 3, at);
        a.moveTo(ArticleState.NOT_VALIDATED, f.alice, false, null, 4, at);

        assertThat(a.getState()).isEqualTo(ArticleState.NOT_VALIDATED);
        assertThat(a.getChangeNumber()).isEqualTo(4);
        assertThat(a.getVersions()).hasSize(3);
    }

    @Test
    void onlyAReviewerValidatesArchivesAndRestores() {
        Article a = Fixtures.withId(new Article(content("Move the update window"), f.alice, 1, at));

        assertThatThrownBy(() -> a.moveTo(ArticleState.VALIDATED, f.alice, false, null, 2, at))
                .isInstanceOf(AccessRefused.class).hasMessage("Validating an article takes the knowledge-reviewer right.");
        assertThatThrownBy(() -> a.moveTo(ArticleState.ARCHIVED, f.alice, false, null, 2, at))
                .hasMessage("Archiving an article takes the knowledge-reviewer right.");

        a.moveTo(ArticleState.VALIDATED, f.bob, true, "Checked on an X200", 2, at);
        a.moveTo(ArticleState.ARCHIVED, f.bob, true, null, 3, at);
        assertThatThrownBy(() -> a.moveTo(ArticleState.NOT_VALIDATED, f.alice, false, null, 4, at))
                .hasMessage("Restoring an article takes the knowledge-reviewer right.");
        assertThatThrownBy(() -> a.revise(content("Other"), f.bob, true, 4, at))
                .hasMessageContaining("is archived");
        a.moveTo(ArticleState.VALIDATED, f.bob, true, null, 4, at);

        assertThat(a.getVersions().get(2).getSummary()).isEqualTo("Not validated → Validated: Checked on an X200");
        assertThat(a.getState()).isEqualTo(ArticleState.VALIDATED);
    }

    @Test
    void anEditByANonReviewerSendsAValidatedArticleBackToReview() {
        Article a = Fixtures.withId(new Article(content("Move the update window"), f.alice, 1, at));
        a.moveTo(ArticleState.VALIDATED, f.bob, true, null, 2, at);

        String byReviewer = a.revise(content("Move the update window to 5 am"), f.bob, true, 3, at);
        assertThat(byReviewer).isEqualTo("Changed resolution");
        assertThat(a.getState()).isEqualTo(ArticleState.VALIDATED);

        String byAgent = a.revise(content("Move the update window to 6 am"), f.alice, false, 4, at);
        assertThat(byAgent).isEqualTo("Changed resolution; back to not validated until a reviewer checks it");
        assertThat(a.getState()).isEqualTo(ArticleState.NOT_VALIDATED);
    }

    @Test
    void aUsableArticleKeepsItsResolutionAndAnEditMustChangeSomething() {
        Article a = Fixtures.withId(new Article(content("Move the update window"), f.alice, 1, at));

        assertThatThrownBy(() -> a.revise(content(" "), f.alice, false, 2, at))
                .hasMessageContaining("The resolution is required");
        assertThatThrownBy(() -> a.revise(content("Move the update window"), f.alice, false, 2, at))
                .hasMessage("Nothing changed in KB-" + a.getId() + ".");
    }

    @Test
    void reuseAtTheFirstTierCountsAsAvoidedOnlyForArticlesFromEscalatedCases() {
        Article plain = new Article(content("Move the update window"), f.alice, 1, at);
        Article fromEscalation = new Article(content("Move the update window"), f.alice, 1, at);
        fromEscalation.addSource("ESC-7", true, 2, at);

        assertThat(new ArticleLink(plain, f.ticket(), f.alice, at).ticketResolved(true)).isFalse();
        ArticleLink reused = new ArticleLink(fromEscalation, f.ticket(), f.alice, at);
        assertThat(reused.ticketResolved(false)).isFalse();
        assertThat(reused.ticketResolved(true)).isTrue();
        reused.ticketReopened();
        assertThat(reused.isSolved()).isFalse();
        assertThat(reused.isEscalationAvoided()).isFalse();
    }

    @Test
    void theReviewerRightFollowsTheTierUnlessAnAdminDecided() {
        assertThat(f.alice.reviewsKnowledge()).isFalse();
        assertThat(f.bob.reviewsKnowledge()).isTrue();

        f.alice.decideKnowledgeReviewer(true);
        f.bob.decideKnowledgeReviewer(false);
        Agent manager = new Agent("maria", "Maria", "m@example.test", "x", null, Set.of(Role.MANAGER));

        assertThat(f.alice.reviewsKnowledge()).isTrue();
        assertThat(f.bob.reviewsKnowledge()).isFalse();
        assertThat(manager.reviewsKnowledge()).isFalse();
    }
}
