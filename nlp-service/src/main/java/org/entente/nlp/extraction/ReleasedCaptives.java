package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The agentless passive of a release: "Olivier Grondeau, a Frenchman held in Iran since 2022, has been freed",
 * "Australian journalist Cheng Lei has been released after three years in detention in China". Who let the captive go
 * is not the subject (the captive) nor a "by" phrase, but the state that held them, named after the words of captivity
 * ("held in Iran", "detention in China", "jailed by Belarus"); the captive's state, the one other state the sentence
 * names, is the one released to.
 */
final class ReleasedCaptives {

    /** Verbs of letting captives go. */
    private static final Set<String> RELEASING = Set.of("release", "free", "pardon", "repatriate");
    /** Words of captivity whose "in" or "by" names the holder. */
    private static final Set<String> CAPTIVITY = Set.of(
            "held", "detained", "jailed", "imprisoned", "captive", "detention", "custody", "captivity", "prison", "jail",
            "imprisonment", "arrested", "hostage", "incarcerated");
    private static final Set<String> HOLDER_MARKERS = Set.of("in", "by");
    private static final int REACH = 4;

    Actors complete(Actors found, TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || trigger.type() != PloverType.RETREAT
                || parsed.children(trigger.head()).stream().anyMatch(a -> a.marker().equals("agent"))
                || !RELEASING.contains(TriggerLexicon.lemma(sentence.tokens().get(trigger.head())))
                || parsed.treeChildren(trigger.head()).stream().noneMatch(a -> a.is("aux:pass"))) {
            // an active release names its releaser as subject; a "by" phrase names it in the passive
            return found;
        }
        List<CoreLabel> tokens = sentence.tokens();
        Mention holder = null;
        for (int t = 0; t < tokens.size() && holder == null; t++) {
            if (!CAPTIVITY.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int m = t + 1; m <= Math.min(tokens.size() - 1, t + REACH) && holder == null; m++) {
                if (!HOLDER_MARKERS.contains(tokens.get(m).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int after = m + 1;
                holder = sentence.mentions().stream().filter(Mention::isNation)
                        .filter(x -> x.firstToken() == after
                                || (x.firstToken() == after + 1 && tokens.get(after).word().equalsIgnoreCase("the")))
                        .findFirst().orElse(null);
            }
        }
        if (holder == null) {
            return found;
        }
        String held = holder.code();
        Map<String, Mention> others = new LinkedHashMap<>();
        sentence.mentions().stream().filter(Mention::isNation).filter(x -> !x.code().equals(held))
                .forEach(x -> others.putIfAbsent(x.code(), x));
        List<Mention> targets = found.targets().stream().filter(x -> !x.code().equals(held)).toList();
        if (targets.isEmpty() && others.size() == 1) {
            targets = new ArrayList<>(others.values());
        }
        if (targets.isEmpty()) {
            return found;
        }
        return new Actors(List.of(holder), targets, true, true, found.guessed(), found.mutual(), found.hosts());
    }
}
