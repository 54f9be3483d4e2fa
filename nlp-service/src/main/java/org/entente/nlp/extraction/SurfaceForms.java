package org.entente.nlp.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every written form a lemma may take ("agree": agrees, agreed, agreeing), so a sentence can be
 * checked for a possible trigger before CoreNLP tags and lemmatizes it. Generous on purpose: a form
 * too many only costs a tagging pass, a form too few would lose an event.
 */
final class SurfaceForms {

    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("meet", List.of("met")),
            Map.entry("hold", List.of("held")),
            Map.entry("send", List.of("sent")),
            Map.entry("give", List.of("gave", "given")),
            Map.entry("strike", List.of("struck", "stricken")),
            Map.entry("seek", List.of("sought")),
            Map.entry("fight", List.of("fought")),
            Map.entry("shoot", List.of("shot")),
            Map.entry("withdraw", List.of("withdrew", "withdrawn")),
            Map.entry("speak", List.of("spoke", "spoken")),
            Map.entry("fly", List.of("flew", "flown")),
            Map.entry("freeze", List.of("froze", "frozen")),
            Map.entry("break", List.of("broke", "broken")),
            Map.entry("begin", List.of("began", "begun")),
            Map.entry("lend", List.of("lent")),
            Map.entry("build", List.of("built")),
            Map.entry("forgive", List.of("forgave", "forgiven")),
            Map.entry("stand", List.of("stood")),
            Map.entry("undertake", List.of("undertook", "undertaken")),
            Map.entry("cut", List.of("cut")),
            Map.entry("set", List.of("set")),
            Map.entry("put", List.of("put")),
            Map.entry("seize", List.of("seized")),
            Map.entry("pay", List.of("paid")),
            Map.entry("lay", List.of("laid")),
            Map.entry("sell", List.of("sold")),
            Map.entry("buy", List.of("bought")),
            Map.entry("bring", List.of("brought")),
            Map.entry("take", List.of("took", "taken")),
            Map.entry("draw", List.of("drew", "drawn")),
            Map.entry("tell", List.of("told")),
            Map.entry("win", List.of("won")),
            Map.entry("lead", List.of("led")),
            Map.entry("go", List.of("went", "gone")),
            Map.entry("do", List.of("did", "done")),
            Map.entry("come", List.of("came")),
            Map.entry("run", List.of("ran")),
            Map.entry("bear", List.of("bore", "borne")),
            Map.entry("swear", List.of("swore", "sworn")),
            Map.entry("arise", List.of("arose", "arisen")),
            Map.entry("sit", List.of("sat")),
            Map.entry("shake", List.of("shook", "shaken")));

    private SurfaceForms() {
    }

    static Set<String> of(String lemma) {
        Set<String> forms = new HashSet<>();
        forms.add(lemma);
        forms.addAll(IRREGULAR.getOrDefault(lemma, List.of()));
        forms.add(lemma + "s");
        forms.add(lemma + "es");
        forms.add(lemma + "ed");
        forms.add(lemma + "d");
        forms.add(lemma + "ing");
        if (lemma.endsWith("e")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            forms.add(stem + "ing");
        }
        if (lemma.endsWith("y") && lemma.length() > 2) {
            String stem = lemma.substring(0, lemma.length() - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
        }
        if (lemma.length() > 2 && isDoublingEnd(lemma)) {
            char last = lemma.charAt(lemma.length() - 1);
            forms.add(lemma + last + "ed");
            forms.add(lemma + last + "ing");
        }
        if (lemma.endsWith("is")) {
            forms.add(lemma.substring(0, lemma.length() - 2) + "es");
        }
        return forms;
    }

    private static boolean isDoublingEnd(String word) {
        char last = word.charAt(word.length() - 1);
        char before = word.charAt(word.length() - 2);
        return "aeiou".indexOf(last) < 0 && "wxy".indexOf(last) < 0 && "aeiou".indexOf(before) >= 0;
    }
}
