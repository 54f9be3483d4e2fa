package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * PETRARCH2's agent nouns ({@code agent-nouns.tsv}, generated from its agents file): "foreign minister", "coast
 * guard", "embassy", "rebel", "militant", each with the role its CAMEO sector gives it. A phrase is found from its
 * head word ("ministry" in "Kenya's defence ministry", "minister" in "minister of defence"), longest first.
 */
final class AgentNouns {

    /** What an agent stands for: its state, no state, an international organization, or people of a nation. */
    enum Role {
        STATE,
        NON_STATE,
        IGO,
        PEOPLE;

        static Role of(String column) {
            return switch (column) {
                case "state" -> STATE;
                case "non-state" -> NON_STATE;
                case "igo" -> IGO;
                default -> PEOPLE;
            };
        }
    }

    static final String RESOURCE = "/extraction/agent-nouns.tsv";

    /** An agent phrase's CAMEO sector ("GOVMIL") and the role it gives. */
    record Agent(String sector, Role role) {
    }

    private record Entry(String[] words, int head, Agent agent) {
    }

    private static final class Holder {
        static final AgentNouns SHARED = load();
    }

    private final Map<String, List<Entry>> byHead;

    private AgentNouns(Map<String, List<Entry>> byHead) {
        this.byHead = byHead;
    }

    /** The lexicon, read once per process. */
    static AgentNouns shared() {
        return Holder.SHARED;
    }

    static AgentNouns load() {
        Map<String, List<Entry>> byHead = new HashMap<>();
        for (String[] row : Gazetteer.rows(RESOURCE)) {
            String[] words = row[0].split(" ");
            int head = Integer.parseInt(row[1]);
            Agent agent = new Agent(row[2], Role.of(row[3]));
            byHead.computeIfAbsent(words[head], k -> new ArrayList<>()).add(new Entry(words, head, agent));
        }
        // longest phrases first, so "peacekeeping troops" wins over "troop"
        byHead.values().forEach(list -> list.sort((a, b) -> b.words.length - a.words.length));
        return new AgentNouns(Map.copyOf(byHead));
    }

    /** The agent phrase headed by a token of a tagged sentence, or null. */
    Agent find(List<CoreLabel> tokens, int token) {
        return find(token, i -> i >= 0 && i < tokens.size() ? tokens.get(i).word() : "",
                i -> i >= 0 && i < tokens.size() ? TriggerLexicon.lemma(tokens.get(i)) : "");
    }

    /** The role of the longest agent phrase headed by {@code token}, or null when it heads none. */
    Role role(int token, IntFunction<String> word, IntFunction<String> lemma) {
        Agent agent = find(token, word, lemma);
        return agent == null ? null : agent.role();
    }

    /**
     * The longest agent phrase headed by {@code token}, or null when it heads none. A word matches a token's
     * lower-cased form or its lemma ("ministries" is "ministry").
     */
    Agent find(int token, IntFunction<String> word, IntFunction<String> lemma) {
        List<Entry> candidates = new ArrayList<>();
        String form = word.apply(token).toLowerCase(Locale.ROOT);
        candidates.addAll(byHead.getOrDefault(form, List.of()));
        String base = lemma.apply(token);
        if (!base.equals(form)) {
            candidates.addAll(byHead.getOrDefault(base, List.of()));
            candidates.sort((a, b) -> b.words.length - a.words.length);
        }
        for (Entry entry : candidates) {
            if (matches(entry, token, word, lemma)) {
                return entry.agent;
            }
        }
        return null;
    }

    private static boolean matches(Entry entry, int token, IntFunction<String> word, IntFunction<String> lemma) {
        int start = token - entry.head;
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < entry.words.length; i++) {
            int at = start + i;
            if (at == token) {
                continue;
            }
            String w = word.apply(at).toLowerCase(Locale.ROOT);
            if (!entry.words[i].equals(w) && !entry.words[i].equals(lemma.apply(at))) {
                return false;
            }
        }
        return true;
    }
}
