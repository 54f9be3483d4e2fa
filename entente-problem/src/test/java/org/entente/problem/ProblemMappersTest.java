package org.entente.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** The answers every service shares, checked without Quarkus: status, media type, body and Retry-After. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theBodyIsTypeTitleStatusDetailInThatOrder() throws Exception {
        Problem problem = Problem.of(401, "Admin token required", "the request carried no bearer token");
        assertThat(json.writeValueAsString(problem)).isEqualTo("{\"type\":\"about:blank\",\"title\":"
                + "\"Admin token required\",\"status\":401,\"detail\":\"the request carried no bearer token\"}");
    }

    @Test
    void aProblemWithoutDetailSaysTheRefusalChangedNothing() {
        Response answer = mappers.problem(ProblemException.badRequest("unknown nation code 'XYZ'"));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(answer.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(answer.getEntity()).isEqualTo(new Problem("about:blank", "unknown nation code 'XYZ'", 400,
                Problem.DEFAULT_DETAIL));
        assertThat(answer.getHeaderString("Retry-After")).isNull();
    }

    @Test
    void eachFactoryGivesItsStatus() {
        List<ProblemException> problems = List.of(ProblemException.badRequest("t"), ProblemException.notFound("t"),
                ProblemException.conflict("t"), ProblemException.tooLarge("t", null),
                ProblemException.unprocessable("t", null), ProblemException.tooManyRequests("t", null, null),
                ProblemException.unavailable("t", null, null));
        assertThat(problems).extracting(p -> mappers.problem(p).getStatus())
                .containsExactly(400, 404, 409, 413, 422, 429, 503);
        assertThat(problems).extracting(p -> ((Problem) mappers.problem(p).getEntity()).status())
                .containsExactly(400, 404, 409, 413, 422, 429, 503);
    }

    @Test
    void aRefusalForNowCarriesRetryAfterInWholeSecondsAtLeastOne() {
        Response busy = mappers.problem(ProblemException.tooManyRequests("busy", "retry after 2 s",
                Duration.ofMillis(2_400)));
        assertThat(busy.getHeaderString("Retry-After")).isEqualTo("2");
        assertThat(((Problem) busy.getEntity()).detail()).isEqualTo("retry after 2 s");
        Response soon = mappers.problem(ProblemException.unavailable("full", null, Duration.ofMillis(10)));
        assertThat(soon.getHeaderString("Retry-After")).isEqualTo("1");
    }

    @Test
    void brokenJsonAndTheWrongShapeAreToldApart() {
        Exception broken = readFails("{\"text\": ");
        Exception shape = readFails("[1, 2]");
        assertThat(broken).isInstanceOf(JsonParseException.class);
        assertThat(shape).isInstanceOf(MismatchedInputException.class);

        Problem brokenProblem = (Problem) mappers.webApplication(new WebApplicationException(broken, 400)).getEntity();
        assertThat(brokenProblem.status()).isEqualTo(400);
        assertThat(brokenProblem.title()).startsWith("the request body is not valid JSON: ")
                .endsWith(ProblemMappers.SEE_EXAMPLE);
        Problem shapeProblem = (Problem) mappers.unreadableBody((MismatchedInputException) shape).getEntity();
        assertThat(shapeProblem.title()).startsWith("the request body is not the JSON this endpoint takes: ");
    }

    @Test
    void aParameterThatDoesNotConvertIsABadRequestNamingTheReason() {
        Response answer = mappers.webApplication(new NotFoundException(new IllegalArgumentException(
                "Invalid UUID string: nope")));
        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(((Problem) answer.getEntity()).title()).startsWith("a parameter has the wrong form (Invalid UUID "
                + "string: nope)");
    }

    @Test
    void errorsOfQuarkusRestGetATitleAPersonCanActOn() {
        assertThat(title(mappers.webApplication(new NotFoundException()))).isEqualTo(
                "no such resource; see /q/swagger-ui for the API");
        assertThat(title(mappers.webApplication(new WebApplicationException(415))))
                .isEqualTo("send the body as application/json");
        assertThat(title(mappers.webApplication(new WebApplicationException(413))))
                .isEqualTo("the request body is too large");
    }

    private static String title(Response answer) {
        return ((Problem) answer.getEntity()).title();
    }

    private Exception readFails(String body) {
        try {
            json.readValue(body, Body.class);
            throw new AssertionError("read " + body);
        } catch (Exception e) {
            return e;
        }
    }

    record Body(String text) {
    }
}
