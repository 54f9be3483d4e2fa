package org.entente.relations.stories;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a sentence that say what happened, for telling two look-alike events apart ("sanctions
 * on Iran's oil exports" and, two days later, "sanctions on Iran's drone makers"): lower case, crudely
 * singular, without function words, reporting words, the event's trigger and nation names (with their
 * demonyms, roughly: "Iranian" goes with "Iran"), which every report of the pair shares anyway.
 */
public final class ContentWords {

    private static final Set<String> STOP = Set
            .copyOf(java.util.Arrays.asList(("a an the and or but of in on at to for from by with "
                    + "as is are was were be been being has have had will would shall should can could may might must "
                    + "it its this that these those their there they them he she his her who whom which what when where "
                    + "while after before over under against between into during about than then also not no more most "
                    + "new said says say told tells according reported reports announced announces statement "
                    + "official officials government governments minister ministers ministry president prime foreign "
                    + "country countries nation nations state leader leaders spokesman spokeswoman spokesperson "
                    + "monday tuesday wednesday thursday friday saturday sunday today yesterday week weeks day days "
                    + "year years month months two both other another one first last").split(" ")));

    private final Set<String> nameWords;
    /**
     * The prefix each name word is matched by ({@link #isNationWord}), cut once here: cutting it for every word of
     * every report was most of this class's time in the platform benchmark's profile (bench-2026-12-06-ld.md).
     */
    private final String[] stems;

    private ContentWords(Set<String> nameWords) {
        this.nameWords = nameWords;
        this.stems = nameWords.stream().map(name -> name.length() >= 5 ? name.substring(0, name.length() - 1) : name)
                .toArray(String[]::new);
    }

    /** @param nationNames the English names of every known nation ("Saudi Arabia", "Iran", ...) */
    public static ContentWords withNationNames(Collection<String> nationNames) {
        Set<String> words = new HashSet<>();
        for (String name : nationNames) {
            for (String word : split(name)) {
                if (word.length() >= 4) {
                    words.add(word);
                }
            }
        }
        return new ContentWords(Set.copyOf(words));
    }

    public Set<String> of(String sentence, String trigger) {
        Set<String> triggerWords = new HashSet<>();
        if (trigger != null) {
            for (String word : split(trigger)) {
                triggerWords.add(singular(word));
            }
        }
        Set<String> words = new HashSet<>();
        if (sentence == null) {
            return words;
        }
        for (String raw : split(sentence)) {
            String word = singular(raw);
            if (word.length() < 3 || STOP.contains(raw) || STOP.contains(word) || triggerWords.contains(word)
                    || isNationWord(raw)) {
                continue;
            }
            words.add(word);
        }
        return words;
    }

    /**
     * |A ∩ B| / min(|A|, |B|): a short sentence that says less is not held against its longer telling.
     * With no words on either side there is nothing to tell them apart: 1.
     */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 1.0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String word : small) {
            if (large.contains(word)) {
                shared++;
            }
        }
        return (double) shared / small.size();
    }

    private boolean isNationWord(String word) {
        if (nameWords.contains(word)) {
            return true;
        }
        // "Iranian" from "Iran", "Chinese" from "China", "Russian" from "Russia"
        for (String stem : stems) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static String[] split(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'s", " ").split("[^\\p{L}\\p{N}]+");
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
