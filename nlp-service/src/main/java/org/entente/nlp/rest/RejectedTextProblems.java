package org.entente.nlp.rest;

import jakarta.ws.rs.core.Response;

import org.entente.nlp.service.RejectedTextException;
import org.entente.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A text the extraction refuses, as problem+json whose title says what to change. The refusals every service
 * shares (bad JSON, too busy, ...) are mapped by entente-problem.
 */
public class RejectedTextProblems {

    @ServerExceptionMapper
    public Response rejected(RejectedTextException e) {
        String detail = "reason: " + e.reason().tag();
        ProblemException problem = switch (e.reason()) {
            case TOO_LARGE -> ProblemException.tooLarge(e.getMessage(), detail);
            case NOT_ENGLISH -> ProblemException.unprocessable(e.getMessage(), detail);
            default -> ProblemException.badRequest(e.getMessage(), detail);
        };
        return problem.response();
    }
}
