package org.entente.relations.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The nations Entente knows: the 193 UN members plus PSE, VAT, XKX and TWN, read from the
 * classpath resource {@code nations.tsv} (code TAB name, '#' starts a comment).
 */
public final class Nations {

    private static final String RESOURCE = "/nations.tsv";

    private final Map<String, Nation> byCode;

    private Nations(Map<String, Nation> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Nations load() {
        try (InputStream in = Nations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Nations parse(BufferedReader reader) throws IOException {
        Map<String, Nation> nations = new TreeMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", 2);
            nations.put(cells[0], new Nation(cells[0], cells[1].strip()));
        }
        return new Nations(nations);
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Nation get(String code) {
        return byCode.get(code);
    }

    /** All nations, sorted by code. */
    public List<Nation> all() {
        return List.copyOf(byCode.values());
    }
}
