package org.entente.ingest.rest;

import jakarta.ws.rs.core.Response;

import org.entente.ingest.service.FeedConflictException;
import org.entente.ingest.service.FeedNotFoundException;
import org.entente.ingest.service.PublishFailedException;
import org.entente.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The use cases' refusals as problem+json. The refusals every service shares (bad JSON, a parameter that does
 * not convert, {@link ProblemException}) are mapped by entente-problem.
 */
public class IngestProblems {

    /** The feed registry and the URL canonicalizer refuse a value with a message that says what to change. */
    @ServerExceptionMapper
    public Response invalid(IllegalArgumentException e) {
        return ProblemException.badRequest(e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response notFound(FeedNotFoundException e) {
        return ProblemException.notFound(e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response conflict(FeedConflictException e) {
        return ProblemException.conflict(e.getMessage(), "delete it first, or leave it as it is").response();
    }

    @ServerExceptionMapper
    public Response unavailable(PublishFailedException e) {
        return ProblemException.unavailable("Kafka did not acknowledge the articles; nothing was recorded, retry later",
                e.getMessage(), null).response();
    }
}
