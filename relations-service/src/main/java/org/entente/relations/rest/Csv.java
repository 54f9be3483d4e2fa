package org.entente.relations.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.entente.problem.ProblemException;

/** CSV (RFC 4180) for analysts who load the API into pandas or R. */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder out = new StringBuilder();

    public Csv row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(escape(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (!(cell instanceof Number) && startsLikeAFormula(text)) {
            // OWASP CSV injection: a spreadsheet would run "=HYPERLINK(...)" from a headline; a leading
            // quote makes it text. Numbers (negative scores) stay numbers.
            return "\"'" + text.replace("\"", "\"\"") + '"';
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /** True when {@code format=csv}, or the client accepts text/csv and not JSON explicitly. */
    public static boolean wanted(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            String f = format.strip().toLowerCase(Locale.ROOT);
            if (f.equals("csv")) {
                return true;
            }
            if (f.equals("json")) {
                return false;
            }
            throw ProblemException.badRequest("unknown format '" + format + "'; use json or csv");
        }
        List<MediaType> accepted = headers.getAcceptableMediaTypes();
        return !accepted.isEmpty() && accepted.get(0).isCompatible(MediaType.valueOf(MEDIA_TYPE))
                && !accepted.get(0).isWildcardType();
    }

    /** The CSV answer of a page; the next page's cursor, if any, in a {@code Link: <?cursor=...>; rel="next"} header. */
    public Response page(String nextCursor) {
        Response.ResponseBuilder response = Response.ok(toString(), MEDIA_TYPE);
        if (nextCursor != null) {
            response.header("Link", "<?cursor=" + nextCursor + ">; rel=\"next\"");
        }
        return response.build();
    }
}
