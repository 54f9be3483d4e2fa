package org.entente.drills;

import java.time.Instant;

/**
 * One generated news article. The link never depends on the drill's feed server port, so two runs
 * over the same corpus give the same article ids (and so the same event ids).
 */
public record DrillArticle(int index, String url, String title, String text, Instant publishedAt) {
}
