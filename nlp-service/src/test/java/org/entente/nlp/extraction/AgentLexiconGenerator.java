package org.entente.nlp.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives {@code extraction/agent-nouns.tsv} from PETRARCH2's agents file (agent nouns such as "foreign minister",
 * "coast guard", "rebel" with their CAMEO sector codes) and {@code extraction/sports-discards.txt} from the
 * sports phrases of its discards file. Regenerate with
 * {@code ./mvnw -o -pl nlp-service test -Dtest=AgentLexiconTest -Dagents.regenerate=true}.
 */
final class AgentLexiconGenerator {

    static final String AGENTS = "petrarch2-Phoenix.agents.txt";
    static final String DISCARDS = "petrarch2-Phoenix.discards.txt";
    static final Path AGENTS_OUTPUT = Path.of("src", "main", "resources", "extraction", "agent-nouns.tsv");
    static final Path DISCARDS_OUTPUT = Path.of("src", "main", "resources", "extraction", "sports-discards.txt");

    /** Sectors whose agents act for their state (government, military, police, judiciary, legislature, intelligence). */
    static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");
    /**
     * Sectors whose agents act against or apart from any state, whatever their nationality: rebels, opposition,
     * unaffiliated armed groups, radicals, criminals, international militant groups. "Ethnic Albanian guerrillas"
     * name no state. Other sectors (civilians, business, media, health, ...) stay "people": their nationality
     * still names the state they belong to as a target ("detained two Canadian citizens") or as the source of a
     * passive ("Cuban doctors were sent to Italy").
     */
    static final Set<String> NON_STATE_SECTORS = Set.of("REB", "OPP", "UAF", "RAD", "CRM", "IMG");
    /** Roles set against the sector: word, then role and the reason written into the row. */
    static final Map<String, List<String>> ROLE_OVERRIDES = Map.of(
            "detainee", List.of("people", "a held national's state is the party: \"freed two Canadian detainees\""),
            "fighter", List.of("people", "also a fighter jet: \"two Russian fighters intercepted a drone\""));
    /** Stems the file writes for a word family ("DEFENCE_MINIST"); the words they stand for. */
    static final Map<String, List<String>> STEMS = Map.of(
            "minist", List.of("minister", "ministry"),
            "authorit", List.of("authority"),
            "industr", List.of("industry"));
    /** Prepositions after an agent's head word ("minister of defence", "commander in chief of the navy"). */
    private static final Set<String> AFTER_HEAD = Set.of("of", "for", "in", "to", "at", "on", "with", "without", "and");

    /**
     * A discard phrase is a sports phrase when it holds one of these words. Phrases without one (years ago, third
     * round, champion, marathon talks, avian flu, film festival, World War II, names of people) are common in
     * political news or are not sport, and are left out: skipping a sentence on them would lose events.
     */
    static final Set<String> SPORTS_WORDS = Set.of(
            "cup", "games", "tournament", "championship", "championships", "league", "match", "matches", "medal",
            "seed", "golf", "golfer", "golfing", "tennis", "cricket", "football", "soccer", "rugby", "hockey", "boxing",
            "baseball", "basketball", "handball", "badminton", "snooker", "billiards", "judo", "sumo", "wrestling",
            "wrestler", "weightlifting", "weightlift", "triathlon", "sprinter", "batsman", "batsmen",
            "bowler", "bowling", "wicket", "inning", "goalkeeper", "goalkeeping", "midfielder", "playoff", "fifa",
            "uefa", "nba", "pga", "atp", "wta", "prix", "doubles", "goal", "goals", "semi-final", "finals", "stumps",
            "spinner", "paceman", "outfield", "yokozuna", "ozeki", "sekiwake", "yachting", "aquatics",
            "qualifier", "qualifying", "birdie", "catch", "whistle", "toss", "test", "sevens", "racing", "race",
            "rally", "olympic", "olympics", "wimbledon", "open");
    /**
     * Sports words that are sport only beside another one or in a fixed phrase: "test" in "test series", not "nuclear test".
     */
    static final Set<String> WEAK_SPORTS_WORDS = Set.of("test", "open", "race", "rally", "catch", "toss", "racing",
            "goal", "goals", "whistle", "seed", "finals", "match");

    private static final Pattern SUBSTITUTION = Pattern.compile("^!(\\w+)!\\s*=\\s*(.+)$");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]}]*)[\\]}]");
    private static final Pattern PLURALS = Pattern.compile("\\{([^}]*)\\}");

    private AgentLexiconGenerator() {
    }

    /** The role an agent's sector gives it: {@code state}, {@code non-state}, {@code igo} or {@code people}. */
    static String role(String sector) {
        String primary = sector.length() >= 3 ? sector.substring(0, 3) : sector;
        if (sector.equals("IGO")) {
            return "igo";
        }
        if (STATE_SECTORS.contains(primary)) {
            return "state";
        }
        return NON_STATE_SECTORS.contains(primary) ? "non-state" : "people";
    }

    /** The sector of a code: "~GOVMIL" gives GOVMIL, "IGO~" gives IGO; null when the code names no sector. */
    static String sector(String code) {
        String trimmed = code.trim();
        if (trimmed.startsWith("~")) {
            return trimmed.length() > 1 ? trimmed.substring(1) : null;
        }
        if (trimmed.endsWith("~")) {
            return trimmed.length() > 1 ? trimmed.substring(0, trimmed.length() - 1) : null;
        }
        return null;
    }

    /** The words of an entry's phrase, lower case, with "_" and spaces as separators and a comma as its own word. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.replace(",", " , ").split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Position of the head word: the last word before a preposition ("minister of defence"), else the last word. */
    static int headIndex(List<String> words) {
        for (int i = 1; i < words.size(); i++) {
            if (AFTER_HEAD.contains(words.get(i)) || words.get(i).equals(",")) {
                return i - 1;
            }
        }
        return words.size() - 1;
    }

    static String generateAgents(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(AGENTS), StandardCharsets.UTF_8);
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        Map<String, String[]> rows = new LinkedHashMap<>(); // phrase -> sector, role, origin
        Map<String, Integer> skipped = new TreeMap<>();
        int entries = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher sub = SUBSTITUTION.matcher(line);
            if (sub.matches()) {
                List<String> members = new ArrayList<>();
                for (String m : sub.group(2).split(",")) {
                    members.add(m.strip());
                }
                substitutions.put("!" + sub.group(1) + "!", members);
                continue;
            }
            entries++;
            Matcher code = CODE.matcher(line);
            if (!code.find()) {
                skipped.merge("entries without a code", 1, Integer::sum);
                continue;
            }
            String sector = sector(code.group(1));
            if (sector == null || !sector.matches("[A-Z]+")) {
                skipped.merge("codes that name no sector", 1, Integer::sum);
                continue;
            }
            String phrase = line.substring(0, code.start());
            Matcher plural = PLURALS.matcher(phrase);
            List<String> forms = new ArrayList<>();
            if (plural.find()) {
                // "{LAWMEN}": an irregular plural written out; "{}": none
                for (String p : plural.group(1).strip().split("\\s+")) {
                    if (!p.isEmpty()) {
                        forms.add(p);
                    }
                }
                phrase = phrase.substring(0, plural.start()) + phrase.substring(plural.end());
            }
            forms.add(0, phrase.strip());
            for (String form : forms) {
                for (String expanded : substitute(form, substitutions)) {
                    for (List<String> words : unstem(words(expanded))) {
                        String key = String.join(" ", words);
                        String[] before = rows.get(key);
                        if (before == null) {
                            rows.put(key, new String[] { sector, role(sector), line.replaceAll("\\s+", " ") });
                        } else if (!before[0].equals(sector)) {
                            skipped.merge("later entries with the same words and another sector (the first is kept)", 1,
                                    Integer::sum);
                        }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(agentsHeader());
        Map<String, Integer> roles = new TreeMap<>();
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String[] v = row.getValue();
            List<String> words = List.of(row.getKey().split(" "));
            List<String> override = ROLE_OVERRIDES.get(row.getKey());
            String role = override == null ? v[1] : override.get(0);
            out.append(row.getKey()).append('\t').append(headIndex(words)).append('\t').append(v[0]).append('\t')
                    .append(role).append("\t# ").append(v[2])
                    .append(override == null ? "" : " (role set by the generator, " + override.get(1) + ")").append('\n');
            roles.merge(role, 1, Integer::sum);
        }
        out.append("# ").append(rows.size()).append(" phrases from ").append(entries).append(" entries; by role: ")
                .append(roles).append('\n');
        skipped.forEach((why, n) -> out.append("# left out: ").append(why).append(": ").append(n).append('\n'));
        return out.toString();
    }

    /** "!MINIST!" and "!PERSON!" replaced by each member of their set, inside words too ("FIRE!PERSON!"). */
    private static List<String> substitute(String phrase, Map<String, List<String>> substitutions) {
        List<String> results = new ArrayList<>(List.of(phrase));
        for (Map.Entry<String, List<String>> set : substitutions.entrySet()) {
            List<String> next = new ArrayList<>();
            for (String r : results) {
                if (r.contains(set.getKey())) {
                    set.getValue().forEach(member -> next.add(r.replace(set.getKey(), member)));
                } else {
                    next.add(r);
                }
            }
            results = next;
        }
        return results;
    }

    /** A stem word ("minist") replaced by each word it stands for. */
    private static List<List<String>> unstem(List<String> words) {
        List<List<String>> results = new ArrayList<>();
        results.add(new ArrayList<>());
        for (String w : words) {
            List<String> options = STEMS.getOrDefault(w, List.of(w));
            List<List<String>> next = new ArrayList<>();
            for (List<String> r : results) {
                for (String o : options) {
                    List<String> copy = new ArrayList<>(r);
                    copy.add(o);
                    next.add(copy);
                }
            }
            results = next;
        }
        return results;
    }

    static String generateSportsDiscards(Path dir) throws IOException {
        Set<String> kept = new LinkedHashSet<>();
        int phrases = 0;
        for (String raw : Files.readAllLines(dir.resolve(DISCARDS), StandardCharsets.UTF_8)) {
            String line = raw.strip();
            int comment = line.indexOf('#');
            if (comment >= 0) {
                line = line.substring(0, comment).strip();
            }
            if (line.startsWith("+")) {
                line = line.substring(1).strip(); // a story-level discard: read here as a sentence-level one
            }
            if (line.isEmpty() || line.matches("\\d+")) {
                continue;
            }
            phrases++;
            List<String> words = new ArrayList<>();
            for (String w : line.split("[_\\s]+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            long strong = words.stream().filter(w -> SPORTS_WORDS.contains(w) && !WEAK_SPORTS_WORDS.contains(w)).count();
            long weak = words.stream().filter(WEAK_SPORTS_WORDS::contains).count();
            if (strong >= 1 || (weak >= 1 && sportsPair(words))) {
                kept.add(String.join(" ", words));
            }
        }
        StringBuilder out = new StringBuilder(discardsHeader());
        kept.forEach(p -> out.append(p).append('\n'));
        out.append("# ").append(kept.size()).append(" sports phrases of ").append(phrases).append(" discard phrases\n");
        return out.toString();
    }

    /** A phrase whose only sports words are weak ones counts when it pairs two of them or a weak one with a sport noun. */
    private static boolean sportsPair(List<String> words) {
        Set<String> partners = Set.of("series", "captain", "debut", "opener", "draw", "best", "challenge", "reckoning",
                "final", "win", "kick", "second", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "round", "dropped", "scored", "quarter");
        long weak = words.stream().filter(WEAK_SPORTS_WORDS::contains).count();
        return weak >= 2 || words.stream().anyMatch(partners::contains);
    }

    static String agentsHeader() {
        return """
                # GENERATED by AgentLexiconGenerator (nlp-service test sources); do not edit by hand.
                # Regenerate: ./mvnw -o -pl nlp-service test -Dtest=AgentLexiconTest -Dagents.regenerate=true
                # Source (copied unchanged into src/test/resources/extraction/sources/): petrarch2-Phoenix.agents.txt,
                #   PETRARCH2's CAMEO agents file (openeventdata/petrarch2, petrarch2/data/dictionaries/, commit
                #   676801c), from the Computational Event Data System Project. The MIT License (MIT), Copyright (c)
                #   2014 Open Event Data Alliance: Permission is hereby granted, free of charge, to any person
                #   obtaining a copy of this software and associated documentation files (the "Software"), to deal in
                #   the Software without restriction, including without limitation the rights to use, copy, modify,
                #   merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
                #   to whom the Software is furnished to do so, subject to the following conditions: The above
                #   copyright notice and this permission notice shall be included in all copies or substantial
                #   portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS
                #   OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
                #   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
                #   LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
                #   OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
                #   THE SOFTWARE.
                # How (docs/extraction.md, "How the trigger lexicon was built"):
                #   - each entry "PHRASE {PLURALS} [~SECTOR]" gives a row per written form: "_" and spaces separate
                #     words, "!MINIST!" and "!PERSON!" are replaced by each member of their set, the stems MINIST,
                #     AUTHORIT and INDUSTR by the words they stand for; regular plurals are left to the lemmatizer;
                #   - head: the word before the first "of/for/in/to/at/on/with/without/and" ("minister of defence"),
                #     else the last word ("defence minister", "coast guard");
                #   - role from the sector's first three letters: state (GOV MIL COP JUD LEG SPY: acts for the state
                #     its demonym or possessor names), non-state (REB OPP UAF RAD CRM IMG: names no state, "ethnic
                #     Albanian guerrillas"), igo (IGO: "peacekeeping troops" act for their organization), people
                #     (every other sector: civilians, business, media, health, ...; a demonym still names the state);
                #   - a later entry with the same words keeps the first entry's sector;
                #   - two roles are set by the generator, each with its reason in the row: detainee and fighter are
                #     people (a held national's state is the party; "fighters" are also jets).
                # Columns: words (lower case), head index (0-based), sector, role, # source line.
                """;
    }

    static String discardsHeader() {
        return """
                # GENERATED by AgentLexiconGenerator (nlp-service test sources); do not edit by hand.
                # Regenerate: ./mvnw -o -pl nlp-service test -Dtest=AgentLexiconTest -Dagents.regenerate=true
                # Source (copied unchanged into src/test/resources/extraction/sources/): petrarch2-Phoenix.discards.txt,
                #   PETRARCH2's discards file (openeventdata/petrarch2, petrarch2/data/dictionaries/, commit 676801c;
                #   MIT License, Copyright (c) 2014 Open Event Data Alliance, notice in agent-nouns.tsv and NOTICE):
                #   phrases whose sentences (or, marked "+", stories) a coder skips.
                # Only the sports phrases are taken: a phrase with a sports word (cup, games, tournament, league,
                #   medal, golf, cricket, wicket, ...; list in the generator), or with two weaker ones or a weak one
                #   beside a sports noun ("test series", "scored two goals", "first seed"). The rest of the file
                #   (years ago, third round, champion, film festival, World War II, people's names) is common in
                #   political news and is left out. "+" story discards are read as sentence discards.
                # One phrase a line, lower case, words separated by one space.
                """;
    }
}
