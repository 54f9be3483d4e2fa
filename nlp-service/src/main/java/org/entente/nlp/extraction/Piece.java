package org.entente.nlp.extraction;

/**
 * A token, or the part of a hyphenated token between hyphens ("Saudi-led" gives "Saudi" and "led"),
 * so that "US-China talks" finds both nations.
 *
 * @param token index of the CoreNLP token within its sentence
 * @param begin character offset into the article text
 */
record Piece(String text, int token, int begin, int end) {
}
