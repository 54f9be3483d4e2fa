package org.entente.nlp.service;

/**
 * Article text ready for the extractor: cleaned (same length as received) and possibly cut to the cap.
 *
 * @param text the text the extractor reads; a prefix of the cleaned text
 * @param originalLength length of the text as received
 * @param truncated whether {@code text} is shorter than the text received
 * @param blanked how many markup or control characters were replaced by spaces
 */
public record PreparedText(String text, int originalLength, boolean truncated, int blanked) {
}
