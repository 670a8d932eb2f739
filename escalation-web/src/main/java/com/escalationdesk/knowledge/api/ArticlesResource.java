package com.escalationdesk.knowledge.api;

import com.escalationdesk.knowledge.ArticleDetails;
import com.escalationdesk.knowledge.ArticleState;
import com.escalationdesk.knowledge.ArticleSummary;
import com.escalationdesk.knowledge.Audience;
import com.escalationdesk.knowledge.Knowledge;
import com.escalationdesk.knowledge.KnowledgeQuery;
import com.escalationdesk.shared.api.ApiParams;
import com.escalationdesk.ticket.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The knowledge base for another system (a chat tool suggesting answers, a portal): search it, ranked
 * by relevance, and read an article whole, as the knowledge screen does.
 */
@ApplicationScoped
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    @Inject
    private Knowledge knowledge;

    /** {@code q} ranks by relevance; {@code state}, {@code audience}, {@code category} and {@code tag} narrow; at most {@code limit} (1 to 100, 20). */
    @GET
    public List<ArticleSummary> search(@QueryParam("q") String text, @QueryParam("state") List<String> states,
            @QueryParam("audience") String audience, @QueryParam("category") String category, @QueryParam("tag") String tag,
            @QueryParam("limit") String limit) {
        return knowledge.search(new KnowledgeQuery(text, ApiParams.choices("state", states, ArticleState.class),
                ApiParams.choice("audience", audience, Audience.class), ApiParams.choice("category", category, Category.class),
                tag, null, ApiParams.whole("limit", limit, 1, 100, 20)));
    }

    /** The article with its versions, links and flags; its {@code ETag} is the version an edit names. */
    @GET
    @Path("{number}")
    public Response read(@PathParam("number") String number, @Context Request request) {
        ArticleDetails article = knowledge.article(number);
        EntityTag tag = new EntityTag(article.summary().number() + "." + article.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.tag(tag).build() : Response.ok(article).tag(tag).build();
    }
}
