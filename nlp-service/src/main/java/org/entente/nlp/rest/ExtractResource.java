package org.entente.nlp.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.entente.nlp.config.NlpConfig;
import org.entente.nlp.domain.EventId;
import org.entente.nlp.domain.EventMessage;
import org.entente.nlp.service.DateWindow;
import org.entente.nlp.service.EventMapper;
import org.entente.nlp.service.ExtractionService;
import org.entente.nlp.service.RejectedTextException;
import org.entente.nlp.service.SkipReason;
import org.entente.problem.Problem;
import org.entente.problem.ProblemException;

@Path("/api/v1/extract")
@Tag(name = "extraction", description = "Nations and PLOVER events in a text, for analysts and tests")
public class ExtractResource {

    private final ExtractionService extraction;
    private final EventMapper mapper;
    private final NlpConfig config;
    private final ExtractGate gate;
    private final DateWindow dates;

    public ExtractResource(ExtractionService extraction, NlpConfig config, ExtractGate gate, DateWindow dates) {
        this.extraction = extraction;
        this.mapper = new EventMapper(config.extractorVersion());
        this.config = config;
        this.gate = gate;
        this.dates = dates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract nations and events from a text", description = "Runs the same extractor as the articles topic path: "
            + "with a title, the headline is read on its own too, and each event's evidencePart says which part it is from "
            + "(text or title); a headline's event of a pair the text gives events of is left to the text's. Nothing is sent to Kafka.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "defense pact", value = """
            {"text": "Turkey signed a defense cooperation agreement with Qatar on Tuesday, Ankara said.",
             "publishedAt": "2026-11-21T08:00:00Z"}""")))
    @APIResponse(responseCode = "200", description = "What was found (possibly nothing)")
    @APIResponse(responseCode = "400", description = "Empty text, a body that is not JSON, or publishedAt outside "
            + "the accepted window (entente.nlp.dates)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "413", description = "Text longer than entente.nlp.max-request-chars", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "Text not in English", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "More than entente.nlp.max-concurrent-requests extractions "
            + "at once; retry after the Retry-After header's seconds", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public ExtractResponse extract(ExtractRequest request) {
        String text = request == null ? null : request.text();
        if (text != null && text.length() > config.maxRequestChars()) {
            throw new RejectedTextException(SkipReason.TOO_LARGE, "the text has " + text.length()
                    + " characters, more than the " + config.maxRequestChars()
                    + " this endpoint accepts; split it or raise entente.nlp.max-request-chars");
        }
        String title = request == null ? null : request.title();
        if (title != null && title.length() > config.maxRequestChars()) {
            throw new RejectedTextException(SkipReason.TOO_LARGE, "the title has " + title.length()
                    + " characters, more than the " + config.maxRequestChars()
                    + " this endpoint accepts; send the headline only");
        }
        if (request != null && request.publishedAt() != null) {
            dates.check(request.publishedAt(), "publishedAt");
        }
        if (!gate.tryEnter()) {
            throw ProblemException.tooManyRequests("already " + config.maxConcurrentRequests()
                    + " extractions running (entente.nlp.max-concurrent-requests); retry later",
                    "retry after " + Math.max(1, config.retryAfter().toSeconds()) + " s", config.retryAfter());
        }
        try {
            return extract(request, text);
        } finally {
            gate.release();
        }
    }

    private ExtractResponse extract(ExtractRequest request, String text) {
        // Without publishedAt the text is undated: officials resolve by their open office, not by today's date.
        LocalDate published = request == null || request.publishedAt() == null ? null
                : LocalDate.ofInstant(request.publishedAt(), ZoneOffset.UTC);
        ExtractionService.ArticleResult found = extraction.extractArticle(text, request == null ? null : request.title(),
                published);
        ExtractionService.Result result = found.text();
        Instant now = Instant.now();
        var provenance = new EventMapper.Provenance(EventId.forText(text), request.url(), request.title(),
                request.publishedAt() != null ? request.publishedAt() : now);
        List<EventMessage> events = mapper.toMessages(found, provenance, now);
        var extracted = result.extraction();
        return new ExtractResponse(extracted.nations(), extracted.organizations(), events,
                result.prepared().truncated(), text.length(), result.prepared().text().length(),
                extracted.sentenceCount(), extracted.tokenCount());
    }
}
