package org.entente.ingest.service;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns the HTML that feeds put in titles and descriptions into the plain text the contract asks for. Markup sent
 * entity-encoded ({@code &lt;img onerror=...&gt;}, or twice, {@code &amp;lt;...}) decodes to markup: the text is
 * cleaned again until it no longer changes, so no live HTML reaches the topic.
 */
public final class HtmlText {

    /** Encoding layers undone at most; deeper ones are stripped of anything that looks like a tag. */
    static final int MAX_PASSES = 8;

    private static final Pattern TAG = Pattern.compile("<[A-Za-z/!?][^<>]*>?");

    private HtmlText() {
    }

    /** Plain text with paragraphs separated by blank lines, scripts and styles removed; never null. */
    public static String toText(String html) {
        return settle(once(html));
    }

    /**
     * Text that may still hold decoded markup or entities, cleaned paragraph by paragraph until stable. Text
     * without '<' or '&' is stable at once, so ordinary text costs nothing more.
     */
    static String settle(String text) {
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
                return text;
            }
            String again = Arrays.stream(text.split("\n\n")).map(HtmlText::once).filter(p -> !p.isEmpty())
                    .collect(Collectors.joining("\n\n"));
            if (again.equals(text)) {
                return text;
            }
            text = again;
        }
        return collapse(TAG.matcher(text).replaceAll(" ")); // still changing: encoded deeper than anyone writes
    }

    private static String once(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, iframe, object, embed, form").remove();
        Elements blocks = doc.body().select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre");
        if (blocks.isEmpty()) {
            return collapse(doc.body().text());
        }
        // identity set: a list's contains() made deeply nested blocks cost blocks x depth x blocks
        Set<Element> blockSet = Collections.newSetFromMap(new IdentityHashMap<>());
        blockSet.addAll(blocks);
        StringBuilder text = new StringBuilder();
        String leading = collapse(doc.body().ownText());
        if (!leading.isEmpty()) {
            text.append(leading);
        }
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(blockSet::contains)) {
                continue; // nested block: its text is already part of the outer one
            }
            String t = collapse(block.text());
            if (!t.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(t);
            }
        }
        return text.toString();
    }

    static String collapse(String s) {
        // other control characters (NUL above all, which PostgreSQL cannot store downstream) are not text
        return s == null ? ""
                : s.replace('\u00a0', ' ').replaceAll("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F]", "")
                        .replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").trim();
    }
}
