package org.entente.nlp.extraction;

/**
 * One mention of a nation in an article.
 *
 * @param code ISO 3166-1 alpha-3 (Kosovo {@code XKX})
 * @param name the nation's short English name
 * @param text the words as written in the article
 * @param begin character offset (UTF-16) into the article text, inclusive
 * @param end character offset, exclusive
 * @param sentenceIndex 0-based sentence index
 */
public record NationMention(String code, String name, String text, int begin, int end, int sentenceIndex) {
}
