package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lemma-based trigger rules for every PLOVER type, loaded from {@code extraction/triggers.tsv}.
 * A sentence without any first-element lemma is skipped before any expensive parsing.
 */
final class TriggerLexicon {

    static final String RESOURCE = "/extraction/triggers.tsv";
    /** How many tokens may separate two elements of a rule ("signed a defense cooperation agreement"). */
    private static final int MAX_GAP = 5;

    private final List<TriggerRule> rules;
    private final Set<String> firstLemmas = new HashSet<>();
    private final Set<String> firstForms = new HashSet<>();

    private TriggerLexicon(List<TriggerRule> rules) {
        this.rules = List.copyOf(rules);
        for (TriggerRule rule : rules) {
            firstLemmas.addAll(rule.elements().get(0).lemmas());
        }
        firstLemmas.forEach(lemma -> firstForms.addAll(SurfaceForms.of(lemma)));
    }

    /** Whether any word could be a trigger, judged from the words alone, before tagging. */
    boolean mayHold(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (firstForms.contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static TriggerLexicon load() {
        InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + RESOURCE);
        }
        List<TriggerRule> rules = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rules.add(parse(line.split("\t")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new TriggerLexicon(rules);
    }

    private static TriggerRule parse(String[] row) {
        PloverType type = PloverType.valueOf(row[0].strip());
        String subtype = row[1].strip().equals("-") ? null : row[1].strip();
        List<TriggerRule.Element> elements = new ArrayList<>();
        for (String element : row[2].strip().split("\\s+")) {
            char pos = 0;
            if (element.endsWith("_N") || element.endsWith("_V") || element.endsWith("_J")) {
                pos = element.charAt(element.length() - 1);
                element = element.substring(0, element.length() - 2);
            }
            elements.add(new TriggerRule.Element(List.of(element.toLowerCase(Locale.ROOT).split("/")), pos));
        }
        String flags = row.length > 4 ? row[4].strip() : "";
        return new TriggerRule(type, subtype, elements, Double.parseDouble(row[3].strip()), flags);
    }

    /** Every rule match in the sentence; several rules may share a head. */
    List<TriggerMatch> find(List<CoreLabel> tokens) {
        List<TriggerMatch> matches = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (!firstLemmas.contains(lemma(tokens.get(t)))) {
                continue;
            }
            for (TriggerRule rule : rules) {
                TriggerMatch match = matchAt(rule, tokens, t);
                if (match != null) {
                    matches.add(match);
                }
            }
        }
        return matches;
    }

    private static TriggerMatch matchAt(TriggerRule rule, List<CoreLabel> tokens, int start) {
        if (!accepts(rule.elements().get(0), tokens.get(start))) {
            return null;
        }
        int last = start;
        for (int e = 1; e < rule.elements().size(); e++) {
            int found = -1;
            for (int t = last + 1; t <= Math.min(tokens.size() - 1, last + 1 + MAX_GAP); t++) {
                if (accepts(rule.elements().get(e), tokens.get(t))) {
                    found = t;
                    break;
                }
            }
            if (found < 0) {
                return null;
            }
            last = found;
        }
        StringBuilder text = new StringBuilder(tokens.get(start).word());
        if (last > start) {
            text.append(' ').append(tokens.get(last).word());
        }
        return new TriggerMatch(rule, start, start, last, text.toString());
    }

    private static boolean accepts(TriggerRule.Element element, CoreLabel token) {
        if (!element.lemmas().contains(lemma(token))) {
            return false;
        }
        String tag = token.tag() == null ? "" : token.tag();
        return switch (element.pos()) {
            case 'N' -> tag.startsWith("NN");
            case 'V' -> tag.startsWith("VB");
            case 'J' -> tag.startsWith("JJ");
            default -> true;
        };
    }

    static String lemma(CoreLabel token) {
        String lemma = token.lemma() == null ? token.word() : token.lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }
}
