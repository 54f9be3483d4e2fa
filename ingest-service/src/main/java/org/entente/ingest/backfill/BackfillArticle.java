package org.entente.ingest.backfill;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One article read from history, in the shape {@code POST /api/v1/articles} takes; {@code origin} says where. */
record BackfillArticle(String origin, String url, String title, String text, String publishedAt, String language) {

    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("url", url);
        node.put("title", title);
        node.put("text", text);
        if (publishedAt != null) {
            node.put("publishedAt", publishedAt);
        }
        if (language != null) {
            node.put("language", language);
        }
        return node;
    }
}
