package org.entente.ingest.service;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Readability-style main text: drop page furniture, then pick the element whose direct paragraphs hold the most
 * text (link-heavy paragraphs count less), and return its paragraphs as plain text.
 */
public final class MainTextExtractor {

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "figure, figcaption, button, svg, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";

    private MainTextExtractor() {
    }

    public static String extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        doc.select(FURNITURE).remove();
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : doc.select("p")) {
            String text = p.text();
            if (text.length() < 25) {
                continue;
            }
            double linkText = p.select("a").text().length();
            double score = text.length() * (1.0 - Math.min(0.9, linkText / text.length()));
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), score / 2, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        if (best == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Element p : best.select("p, h2, h3, li, blockquote")) {
            String text = HtmlText.collapse(p.text());
            if (text.length() >= 2 && !(p.tagName().equals("li") && p.select("a").text().length() > text.length() / 2)) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(text);
            }
        }
        return HtmlText.settle(out.toString()); // a page may carry entity-encoded markup in its text too
    }
}
