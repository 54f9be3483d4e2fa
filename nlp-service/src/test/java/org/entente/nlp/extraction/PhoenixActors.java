package org.entente.nlp.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the person and body entries of the Phoenix/PETRARCH country-actor dictionary (TABARI
 * format, MIT, Open Event Data Alliance): a name line, "+" alias lines, and tab-indented role codes
 * such as {@code [RUSGOV 991231-080507]} (country, sector, date range; "&gt;d" from d on, "&lt;d" until d).
 * Country entries (a name with its code on the same line) are not read: nations come from nations.tsv.
 */
final class PhoenixActors {

    /** Codes the dictionary uses for states that no longer exist or have another ISO code today. */
    private static final Map<String, String> FORMER_CODES = Map.of(
            "SUN", "RUS", "USR", "RUS", "DDR", "DEU", "YUG", "SRB", "SCG", "SRB", "FRY", "SRB", "CSK", "CZE", "KSV", "XKX");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    /** One role: a state's code, a sector (GOV, MIL, ELI, ...), and dates, null when open. */
    record Role(String state, String sector, LocalDate from, LocalDate to) {
    }

    /** One entry: its names as written (underscores turned into spaces) and its dated or undated roles. */
    record Actor(List<String> names, List<Role> roles) {
    }

    private PhoenixActors() {
    }

    static List<Actor> read(Path file, Set<String> states) throws IOException {
        List<Actor> actors = new ArrayList<>();
        List<String> names = null;
        List<Role> roles = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (line.isBlank()) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && line.contains("[")) {
                if (roles != null) {
                    Role role = role(line.strip(), states);
                    if (role != null) {
                        roles.add(role);
                    }
                }
            } else if (line.startsWith("+")) {
                if (names != null) {
                    names.add(phrase(line.substring(1)));
                }
            } else if (line.contains("[")) {
                names = null; // a country entry
                roles = null;
            } else {
                names = new ArrayList<>(List.of(phrase(line)));
                roles = new ArrayList<>();
                actors.add(new Actor(names, roles));
            }
        }
        return actors;
    }

    /** The synonyms of each country entry ("AFGHANISTAN_ [AFG]" and its "+" lines), by ISO code. */
    static Map<String, List<String>> countrySynonyms(Path file) throws IOException {
        Map<String, List<String>> synonyms = new java.util.LinkedHashMap<>();
        List<String> current = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            if (line.isBlank() || (Character.isWhitespace(line.charAt(0)) && !line.startsWith("+"))) {
                continue;
            }
            if (line.startsWith("+")) {
                if (current != null) {
                    current.add(phrase(line.substring(1)));
                }
                continue;
            }
            current = null;
            int open = line.indexOf('[');
            int close = line.indexOf(']');
            if (open > 0 && close == open + 4) { // a country-level code such as [AFG], not [PSEGZA]
                current = synonyms.computeIfAbsent(line.substring(open + 1, close), c -> new ArrayList<>());
                current.add(phrase(line.substring(0, open)));
            }
        }
        return synonyms;
    }

    private static String phrase(String tabari) {
        return tabari.strip().replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static Role role(String text, Set<String> states) {
        String inner = text.substring(text.indexOf('[') + 1, text.indexOf(']') < 0 ? text.length() : text.indexOf(']')).strip();
        String[] parts = inner.split("\\s+", 2);
        String code = parts[0];
        if (code.length() < 6) {
            return null;
        }
        String state = FORMER_CODES.getOrDefault(code.substring(0, 3), code.substring(0, 3));
        if (!states.contains(state)) {
            return null;
        }
        String sector = code.substring(3, 6);
        String range = parts.length > 1 ? parts[1].replace(" ", "") : "";
        try {
            if (range.isEmpty()) {
                return new Role(state, sector, null, null);
            }
            if (range.startsWith(">")) {
                return new Role(state, sector, date(range.substring(1)), null);
            }
            if (range.startsWith("<")) {
                return new Role(state, sector, null, date(range.substring(1)));
            }
            String[] ends = range.split("-");
            return new Role(state, sector, date(ends[0]), date(ends[1]));
        } catch (RuntimeException unreadable) {
            return null; // a handful of malformed dates in the source
        }
    }

    /** YYMMDD (the dictionary is from 2014: 00-14 are 20xx) or YYYYMMDD. */
    static LocalDate date(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.parse((yy <= 14 ? "20" : "19") + digits, YYMMDD);
        }
        if (digits.length() == 8) {
            return LocalDate.parse(digits, YYMMDD);
        }
        throw new IllegalArgumentException("not a date: " + digits);
    }
}
