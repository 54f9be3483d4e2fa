package org.entente.nlp.extraction;

/**
 * One phrase of the gazetteer.
 *
 * @param code ISO alpha-3 for nations, an organization code otherwise, empty for blockers
 * @param name the short English name of what the phrase names
 * @param phrase the phrase as written in the resource
 * @param exactCase true for acronyms ("US", "UN") that only match in upper case
 */
record GazetteerEntry(String code, String name, EntryKind kind, String phrase, boolean exactCase) {
}
