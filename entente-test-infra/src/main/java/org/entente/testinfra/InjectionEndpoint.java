package org.entente.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * One REST endpoint of an injection test: method, path template ({@code {name}} parts), valid values of
 * its parameters and an optional JSON body template ({@code $name} parts). A parameter that is in neither
 * template goes in the query string. The services' injection tests put each hostile string into each
 * parameter in turn and expect {@link #assertProblem}.
 */
public record InjectionEndpoint(String method, String path, Map<String, String> valid, String body) {

    /** @param pairs parameter names and valid values, alternating */
    public InjectionEndpoint(String method, String path, String... pairs) {
        this(method, path, toMap(pairs), null);
    }

    public InjectionEndpoint withBody(String template) {
        return new InjectionEndpoint(method, path, valid, template);
    }

    public boolean inPath(String name) {
        return path.contains("{" + name + "}");
    }

    public boolean inBody(String name) {
        return body != null && body.contains("$" + name);
    }

    /** The valid values with one of them replaced. */
    public Map<String, String> validWith(String parameter, String value) {
        Map<String, String> values = new LinkedHashMap<>(valid);
        values.put(parameter, value);
        return values;
    }

    /**
     * Sends this call with the given values. The URL is encoded here, not by RestAssured, which would read
     * '{' in a value as a template; an empty query value is left out.
     */
    public Response call(RequestSpecification request, Map<String, String> values) {
        String target = path;
        StringBuilder query = new StringBuilder();
        String json = body;
        for (var v : values.entrySet()) {
            if (inPath(v.getKey())) {
                target = target.replace("{" + v.getKey() + "}", HostileInput.percentEncoded(v.getValue()));
            } else if (inBody(v.getKey())) {
                json = json.replace("$" + v.getKey(), HostileInput.jsonEscaped(v.getValue()));
            } else if (!v.getValue().isEmpty()) {
                query.append(query.length() == 0 ? "?" : "&").append(v.getKey()).append('=')
                        .append(HostileInput.percentEncoded(v.getValue()));
            }
        }
        request.urlEncodingEnabled(false);
        if (json != null) {
            request.contentType("application/json").body(json);
        }
        return request.request(method, target + query);
    }

    /** One test row per endpoint and parameter: a display name, the endpoint, the parameter. */
    public static Stream<Arguments> perParameter(List<InjectionEndpoint> endpoints) {
        List<Arguments> rows = new ArrayList<>();
        for (InjectionEndpoint e : endpoints) {
            for (String parameter : e.valid().keySet()) {
                rows.add(Arguments.of(e.method() + " " + e.path() + " " + parameter, e, parameter));
            }
        }
        return rows.stream();
    }

    /** A 4xx application/problem+json answer with its status, a title and a detail; never a 500. */
    public static void assertProblem(String label, Response answer) {
        assertThat(answer.statusCode()).as(label + " -> " + answer.asString()).isBetween(400, 499);
        assertThat(answer.contentType()).as(label).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).as(label).isEqualTo(answer.statusCode());
        assertThat(answer.jsonPath().getString("title")).as(label).isNotBlank().doesNotStartWith("HTTP ");
        assertThat(answer.jsonPath().getString("detail")).as(label).isNotBlank();
    }

    private static Map<String, String> toMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
