package org.entente.nlp.extraction;

/**
 * One mention of an intergovernmental organization (EU, NATO, UN, ...). Organizations are never
 * reported as nations, so an EU statement does not become a tie between two states.
 *
 * @param code a short upper-case identifier such as {@code EU}, {@code NATO}, {@code ARAB_LEAGUE}
 */
public record OrganizationMention(String code, String name, String text, int begin, int end, int sentenceIndex) {
}
