package org.entente.nlp.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives {@code extraction/leaders.tsv} from the Phoenix country-actor dictionary: every person or
 * body with a government or military role in a state, its names, and the dated roles. Names that
 * would turn something else into a state are left out:
 * <ul>
 * <li>a name made only of generic words (words that occur in names of five or more states'
 * actors: "President", "Minister", "Army", "al") or of nation names and demonyms;</li>
 * <li>a name that is also a nation, capital, organization or blocker phrase of the gazetteer;</li>
 * <li>a name shared by actors of different states, or with an actor who holds no state office
 * (an opposition leader, a businessman);</li>
 * <li>a one-word name shorter than four letters.</li>
 * </ul>
 * Offices after January 2014, and a few corrections, come from the hand-written
 * {@code src/test/resources/extraction/leaders-supplement.tsv}.
 * Regenerate with {@code ./mvnw -o -pl nlp-service test -Dtest=LeadersResourceTest -Dleaders.regenerate=true}.
 */
final class LeadersResourceGenerator {

    /** A copy in the repository (src/test/reference/NOTICE), so the check runs on every clone. */
    static final Path PHOENIX = Path.of("src", "test", "reference", "phoenix-countries.actors.txt");
    static final Path OUTPUT = Path.of("src", "main", "resources", "extraction", "leaders.tsv");
    static final Path SUPPLEMENT = Path.of("src", "test", "resources", "extraction", "leaders-supplement.tsv");
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL");
    private static final int GENERIC_STATES = 5;

    private LeadersResourceGenerator() {
    }

    static String generate(Path phoenix) throws IOException {
        Gazetteer gazetteer = Gazetteer.load(false);
        List<PhoenixActors.Actor> supplement = LeadersSupplement.read(SUPPLEMENT);
        List<PhoenixActors.Actor> actors = withSurnames(LeadersSupplement.merge(
                PhoenixActors.read(phoenix, gazetteer.nationNames().keySet()), supplement), supplement);
        Set<String> handWritten = new HashSet<>();
        supplement.forEach(a -> a.names().forEach(n -> handWritten.add(key(n))));
        Set<String> gazetteerKeys = new HashSet<>();
        gazetteer.entries().forEach(e -> gazetteerKeys.add(PhraseTrie.normalize(e.phrase())));
        Set<String> generic = genericWords(actors, gazetteerKeys);
        Map<String, Set<String>> owners = new HashMap<>();
        for (PhoenixActors.Actor actor : actors) {
            String owner = stateOffices(actor).isEmpty() ? "none" : String.join(",", statesOf(actor));
            for (String name : actor.names()) {
                owners.computeIfAbsent(key(name), k -> new HashSet<>()).add(owner);
            }
        }
        StringBuilder out = new StringBuilder(LeadersResourceHeader.TEXT);
        int written = 0;
        for (PhoenixActors.Actor actor : actors) {
            List<PhoenixActors.Role> roles = stateOffices(actor);
            if (roles.isEmpty()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (String name : actor.names()) {
                String key = key(name);
                if ((usable(key, generic, gazetteerKeys) || fullName(key, handWritten, gazetteerKeys)
                        || handAcronym(name, key, handWritten, gazetteerKeys))
                        && owners.get(key).size() == 1) {
                    names.add(name);
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            out.append(String.join("|", names)).append('\t')
                    .append(roles.stream().map(LeadersResourceGenerator::role).distinct().collect(Collectors.joining(";")))
                    .append('\n');
            written++;
        }
        return out.append("# ").append(written).append(" entries\n").toString();
    }

    /**
     * Wire copy names a well-known official by surname alone after the first mention, or from the start ("Scholz hosted
     * Macron and Tusk"). A supplement official's last name word becomes a name of its own when no other actor's name,
     * Phoenix's or the supplement's, ends in that word: "Tusk" is Donald Tusk, while "Silva" or "Sanchez" end too many
     * names to say whom they name. The usual filters (length, generic words, gazetteer phrases) still apply.
     */
    static List<PhoenixActors.Actor> withSurnames(List<PhoenixActors.Actor> actors, List<PhoenixActors.Actor> supplement) {
        // one person may be two actors: a Phoenix entry whose offices the supplement replaced, and the supplement's own
        Map<String, String> personOfKey = new HashMap<>();
        for (PhoenixActors.Actor entry : supplement) {
            String person = key(entry.names().get(0));
            entry.names().forEach(n -> personOfKey.put(key(n), person));
        }
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            String person = "#" + i;
            for (String name : actors.get(i).names()) {
                if (personOfKey.containsKey(key(name))) {
                    person = personOfKey.get(key(name));
                    break;
                }
            }
            persons.add(person);
        }
        Map<String, Set<String>> endingIn = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            for (String name : actors.get(i).names()) {
                String[] words = key(name).split(" ");
                endingIn.computeIfAbsent(words[words.length - 1], w -> new HashSet<>()).add(persons.get(i));
            }
        }
        List<PhoenixActors.Actor> out = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            PhoenixActors.Actor actor = actors.get(i);
            if (persons.get(i).startsWith("#")) {
                out.add(actor);
                continue;
            }
            List<String> names = new ArrayList<>(actor.names());
            for (String name : actor.names()) {
                String[] words = name.trim().split("\\s+");
                String surname = words[words.length - 1];
                if (words.length < 2 || !Character.isUpperCase(surname.charAt(0))
                        || names.stream().anyMatch(n -> key(n).equals(key(surname)))) {
                    continue;
                }
                if (Set.of(persons.get(i)).equals(endingIn.get(key(surname)))) {
                    names.add(surname);
                }
            }
            out.add(new PhoenixActors.Actor(names, actor.roles()));
        }
        return out;
    }

    static String key(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.split("[\\s\\-\u2013]+")) {
            String normalized = PhraseTrie.normalize(word);
            if (!normalized.isEmpty()) {
                words.add(normalized);
            }
        }
        return String.join(" ", words);
    }

    /**
     * A name written in the supplement names its person even when every word of it is common in names of many states
     * ("Anwar Ibrahim", "Kim Jong Un": given names and "UN") or it is one short word: the generic-word and length
     * filters are there for the dictionary's titles and fragments, and a hand-written name is neither. Wire copy names
     * some leaders by one such word: "Xi" (the family name comes first), "Marcos" (a word of names in many states).
     */
    private static boolean fullName(String key, Set<String> handWritten, Set<String> gazetteerKeys) {
        return handWritten.contains(key) && !gazetteerKeys.contains(key.replace(" ", ""));
    }

    /**
     * A state body that wire copy names by a three-letter acronym ("the PLA", "the IDF", "BSF"), written in capitals in
     * the supplement, names it: the length filter is there for the dictionary's short fragments, and the finder matches
     * an acronym only in upper case and only where CoreNLP tags it an organization.
     */
    private static boolean handAcronym(String name, String key, Set<String> handWritten, Set<String> gazetteerKeys) {
        return name.matches("[A-Z]{3}") && handWritten.contains(key) && !gazetteerKeys.contains(key);
    }

    private static boolean usable(String key, Set<String> generic, Set<String> gazetteerKeys) {
        String[] words = key.split(" ");
        if (key.isEmpty() || gazetteerKeys.contains(key.replace(" ", "")) || !Character.isLetter(key.charAt(0))) {
            return false;
        }
        if (words.length == 1 && words[0].length() < 4) {
            return false;
        }
        for (String word : words) {
            if (!generic.contains(word) && !gazetteerKeys.contains(word) && word.length() > 1) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> genericWords(List<PhoenixActors.Actor> actors, Set<String> gazetteerKeys) {
        Map<String, Set<String>> statesPerWord = new HashMap<>();
        for (PhoenixActors.Actor actor : actors) {
            Set<String> states = statesOf(actor);
            for (String name : actor.names()) {
                for (String word : key(name).split(" ")) {
                    statesPerWord.computeIfAbsent(word, w -> new HashSet<>()).addAll(states);
                }
            }
        }
        Set<String> generic = new HashSet<>();
        statesPerWord.forEach((word, states) -> {
            if (states.size() >= GENERIC_STATES) {
                generic.add(word);
            }
        });
        return generic;
    }

    private static Set<String> statesOf(PhoenixActors.Actor actor) {
        return actor.roles().stream().map(PhoenixActors.Role::state).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static List<PhoenixActors.Role> stateOffices(PhoenixActors.Actor actor) {
        return actor.roles().stream().filter(r -> STATE_SECTORS.contains(r.sector())).toList();
    }

    private static String role(PhoenixActors.Role role) {
        return role.state() + " " + role.sector() + " " + (role.from() == null ? "-" : role.from()) + " "
                + (role.to() == null ? "-" : role.to());
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(OUTPUT, generate(PHOENIX), StandardCharsets.UTF_8);
    }
}
