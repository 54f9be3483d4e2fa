package org.entente.relations.stories;

import java.time.Instant;

/** Event v1 records of one sanction as reported by an article, for the story tests. */
final class SanctionReports {

    private SanctionReports() {
    }

    static String json(String id, String url, String source, String target, Instant at, String sentence) {
        return """
                {"schemaVersion": 1, "id": "%s", "articleId": "art-%s", "articleUrl": "%s", "articleTitle": "Sanctions",
                 "sentenceIndex": 0, "sentence": "%s", "sentenceStart": 0, "sentenceEnd": %d, "type": "SANCTION",
                 "subtype": null, "cameoCode": "163", "source": "%s", "target": "%s", "modality": "asserted",
                 "confidence": 0.9, "trigger": "sanctions", "eventTime": "%s", "extractedAt": "%s",
                 "extractorVersion": "test"}
                """.formatted(id, id, url, sentence, sentence.length(), source, target, at, at);
    }
}
