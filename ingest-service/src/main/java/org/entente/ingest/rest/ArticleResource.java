package org.entente.ingest.rest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.auth.AdminAccess;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.domain.StoryIndexRepository;
import org.entente.ingest.service.ArticleDraft;
import org.entente.ingest.service.ArticleOutcome;
import org.entente.ingest.service.ArticlePublisher;
import org.entente.ingest.service.HtmlText;
import org.entente.ingest.service.PublicationDateWindow;
import org.entente.ingest.service.UrlCanonicalizer;
import org.entente.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/api/v1/articles")
@Tag(name = "articles", description = "Push articles directly, for backfill and for sources without feeds")
@Tag(name = AdminApi.TAG, description = AdminApi.TAG_DESCRIPTION)
@RolesAllowed(AdminAccess.ROLE)
@SecurityRequirement(name = AdminAccess.SECURITY_SCHEME)
public class ArticleResource {

    private final ArticlePublisher publisher;
    private final ObjectMapper json;
    private final IngestConfig.Articles limits;
    private final PublicationDateWindow dates;
    private final Clock clock;
    private final StoryIndexRepository stories;

    public ArticleResource(ArticlePublisher publisher, ObjectMapper json, IngestConfig config, Clock clock,
            StoryIndexRepository stories) {
        this.publisher = publisher;
        this.stories = stories;
        this.json = json;
        this.limits = config.articles();
        this.dates = PublicationDateWindow.of(config.articles());
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish one article or a batch", description = "Takes one article object or a JSON array "
            + "of them. Each is published to topic articles unless its canonical URL or its text was seen before. "
            + "Answers 202 once the broker acknowledged every new article. The whole batch is refused (400) if one "
            + "article is invalid; the title then starts with 'article N:' (0-based). A publishedAt more than 30 "
            + "years back or more than a day ahead (configurable) is refused.")
    @RequestBody(description = "an ArticleRequest, or an array of them")
    public Response publish(JsonNode body) throws JsonProcessingException {
        List<ArticleDraft> drafts = drafts(body);
        List<ArticleOutcome> outcomes = publisher.publish(drafts, null);
        List<ArticlesAccepted.Item> items = new ArrayList<>(outcomes.size());
        int accepted = 0;
        int duplicates = 0;
        for (ArticleOutcome o : outcomes) {
            accepted += o.status() == ArticleOutcome.Status.PUBLISHED ? 1 : 0;
            duplicates += o.status() == ArticleOutcome.Status.DUPLICATE ? 1 : 0;
            items.add(new ArticlesAccepted.Item(o.id(), o.url(), o.status().name().toLowerCase(Locale.ROOT),
                    o.duplicateOf()));
        }
        return Response.accepted(new ArticlesAccepted(accepted, duplicates, items))
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{id}/copies")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every copy of a published article seen at ingest", description = "The article (match "
            + "'original') and each copy caught as the same story and never published: the same URL again "
            + "(same_url), a URL variant (url_variant: scheme, www., m., amp), the same text under another URL "
            + "(same_text) or a near duplicate (near_duplicate, with its similarity). Oldest first, at most "
            + ArticleCopies.MAX + ". 404 when ingest published no article with this id.")
    public ArticleCopies copies(@PathParam("id") String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            throw ProblemException.badRequest("article id must be 32 lower-case hex digits, as the articles topic "
                    + "and GET /api/v1/stories of relations-service give it");
        }
        ArticleCopies copies = ArticleCopies.of(id, stories.copiesOf(id, ArticleCopies.MAX + 1));
        if (copies.copies().isEmpty()) {
            throw ProblemException.notFound("no article " + id + " was published by this ingest-service");
        }
        return copies;
    }

    private List<ArticleDraft> drafts(JsonNode body) throws JsonProcessingException {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw ProblemException.badRequest("send one article object or a JSON array of articles",
                    "each article: {\"url\": \"https://...\", \"title\": \"...\", \"text\": \"...\", "
                            + "\"publishedAt\": \"2026-11-21T08:00:00Z\", \"language\": \"en\"}");
        }
        List<JsonNode> nodes = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(nodes::add);
        } else {
            nodes.add(body);
        }
        if (nodes.isEmpty()) {
            throw ProblemException.badRequest("the batch is empty; send at least one article");
        }
        if (nodes.size() > limits.maxBatch()) {
            throw ProblemException.tooLarge("a batch holds at most " + limits.maxBatch() + " articles; split it",
                    "got " + nodes.size() + " (entente.ingest.articles.max-batch)");
        }
        List<ArticleDraft> drafts = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            drafts.add(draft(json.treeToValue(nodes.get(i), ArticleRequest.class), body.isArray() ? "article " + i
                    + ": " : ""));
        }
        return drafts;
    }

    private ArticleDraft draft(ArticleRequest a, String where) {
        if (a.url() == null || a.url().isBlank()) {
            throw ProblemException.badRequest(where + "url is required", "the article's absolute http(s) URL");
        }
        try {
            UrlCanonicalizer.canonicalize(a.url());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(where + e.getMessage(), "only absolute http(s) URLs are accepted");
        }
        String text = HtmlText.toText(a.text());
        if (text.isBlank()) {
            throw ProblemException.badRequest(where + "text is required and must not be empty", "the article body");
        }
        if (text.length() > limits.maxTextChars()) {
            throw ProblemException.tooLarge(where + "text is " + text.length() + " characters, more than the limit "
                    + "of " + limits.maxTextChars(), "entente.ingest.articles.max-text-chars");
        }
        String title = HtmlText.toText(a.title());
        if (title.length() > limits.maxTitleChars()) {
            throw ProblemException.tooLarge(where + "title is " + title.length() + " characters, more than the limit "
                    + "of " + limits.maxTitleChars(), "entente.ingest.articles.max-title-chars");
        }
        String language = a.language() == null || a.language().isBlank() ? null : a.language().trim();
        if (language != null && language.length() > ArticleDraft.MAX_LANGUAGE_CHARS) {
            throw ProblemException.badRequest(where + "language is " + language.length() + " characters long; send a "
                    + "BCP 47 tag such as en or pt-BR (at most " + ArticleDraft.MAX_LANGUAGE_CHARS + ")");
        }
        Instant now = clock.instant();
        if (!dates.accepts(a.publishedAt(), now)) {
            // a client's date is refused rather than replaced: the client can correct it
            throw ProblemException.badRequest(where + "publishedAt " + a.publishedAt() + " is outside the accepted "
                    + "window, " + dates.describe(now),
                    "send the date the article was published, or leave "
                            + "publishedAt out; the window is set by entente.ingest.articles.published-at-max-past and "
                            + "published-at-max-future");
        }
        return new ArticleDraft(a.url(), title, text, a.publishedAt(), language);
    }
}
