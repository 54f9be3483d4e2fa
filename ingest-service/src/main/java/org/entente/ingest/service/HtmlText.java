package org.entente.ingest.service;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Turns the HTML that feeds put in titles and descriptions into the plain text the contract asks for. */
public final class HtmlText {

    private HtmlText() {
    }

    /** Plain text with paragraphs separated by blank lines, scripts and styles removed; never null. */
    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, iframe, object, embed, form").remove();
        Elements blocks = doc.body().select("p, li, h1, h2, h3, h4, h5, h6, blockquote, pre");
        if (blocks.isEmpty()) {
            return collapse(doc.body().text());
        }
        StringBuilder text = new StringBuilder();
        String leading = collapse(doc.body().ownText());
        if (!leading.isEmpty()) {
            text.append(leading);
        }
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(blocks::contains)) {
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
        return s == null ? "" : s.replace('\u00a0', ' ').replaceAll("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x9F]", "")
                .replaceAll("[ \\t\\x0B\\f\\r\\n]+", " ").trim();
    }
}
