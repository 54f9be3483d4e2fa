package org.entente.nlp.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a record value as UTF-8 and refuses malformed bytes. Kafka's StringDeserializer would
 * replace them with U+FFFD and let a damaged article through as if it were what the producer sent.
 */
final class StrictUtf8 {

    private StrictUtf8() {
    }

    /** @return null for a null value (a tombstone), which the reader refuses with its own reason */
    static String decode(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedTextException(SkipReason.INVALID_UTF8,
                    "the record value is not valid UTF-8 (" + e.getMessage() + "); the producer must send UTF-8 JSON");
        }
    }
}
