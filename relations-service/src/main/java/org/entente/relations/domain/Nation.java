package org.entente.relations.domain;

/** A nation by its ISO 3166-1 alpha-3 code and English short name. */
public record Nation(String code, String name) {
}
