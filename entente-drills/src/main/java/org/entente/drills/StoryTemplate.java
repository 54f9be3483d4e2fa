package org.entente.drills;

import java.util.List;
import java.util.Random;

/**
 * A kind of diplomatic story: a headline and a few phrasings of its lead sentence, with the two
 * nations, a city and an amount filled in. The phrasings use the triggers of the PLOVER types the
 * nlp-service lexicon knows, so most articles yield events.
 */
record StoryTemplate(String slug, String headline, List<String> leads) {

    static final List<StoryTemplate> ALL = List.of(
            new StoryTemplate("defense-pact", "%1$s and %2$s sign defense pact", List.of(
                    "%1$s and %2$s signed a mutual defense pact in %3$s on Tuesday.",
                    "%1$s signed a defense agreement with %2$s during a visit to %3$s.")),
            new StoryTemplate("trade-deal", "%1$s and %2$s agree trade deal", List.of(
                    "%1$s and %2$s agreed on a trade deal worth %4$d billion dollars.",
                    "%1$s signed a free trade agreement with %2$s in %3$s.")),
            new StoryTemplate("normalization", "%1$s and %2$s restore relations", List.of(
                    "%1$s and %2$s agreed to restore diplomatic relations after talks in %3$s.",
                    "%1$s agreed to reopen its embassy in %2$s, officials said in %3$s.")),
            new StoryTemplate("talks", "%1$s holds talks with %2$s", List.of(
                    "%1$s held talks with %2$s in %3$s on trade and security.",
                    "The foreign minister of %1$s met his counterpart from %2$s in %3$s.")),
            new StoryTemplate("aid", "%1$s pledges aid to %2$s", List.of(
                    "%1$s pledged %4$d million dollars in humanitarian aid to %2$s.",
                    "%1$s sent emergency aid to %2$s after the floods, officials in %3$s said.")),
            new StoryTemplate("sanctions", "%1$s imposes sanctions on %2$s", List.of(
                    "%1$s imposed new sanctions on %2$s over its missile programme.",
                    "%1$s announced sanctions against %2$s on Monday, freezing %4$d million dollars in assets.")),
            new StoryTemplate("threat", "%1$s threatens %2$s", List.of(
                    "%1$s threatened %2$s with military action if the attacks continue.",
                    "%1$s warned %2$s that it would retaliate against any incursion.")),
            new StoryTemplate("accusation", "%1$s accuses %2$s", List.of(
                    "%1$s accused %2$s of interfering in its elections.",
                    "%1$s accused %2$s of violating the ceasefire near the border.")),
            new StoryTemplate("condemnation", "%1$s condemns %2$s", List.of(
                    "%1$s condemned %2$s for the missile test, calling it reckless.",
                    "%1$s criticized %2$s over its treatment of journalists.")),
            new StoryTemplate("military-cooperation", "%1$s and %2$s hold joint exercises", List.of(
                    "%1$s and %2$s agreed to hold joint military exercises next spring.",
                    "%1$s will supply fighter jets to %2$s under a new arms deal.")),
            new StoryTemplate("expulsion", "%1$s expels diplomats of %2$s", List.of(
                    "%1$s expelled %4$d diplomats of %2$s, accusing them of spying.",
                    "%1$s recalled its ambassador from %2$s in protest.")),
            new StoryTemplate("ceasefire", "%1$s and %2$s agree ceasefire", List.of(
                    "%1$s and %2$s agreed to a ceasefire after mediation in %3$s.",
                    "%1$s and %2$s signed a ceasefire accord in %3$s on Sunday.")));

    private static final List<String> CONTEXT = List.of(
            "Diplomats in %1$s said the move had been expected for several weeks.",
            "Analysts said the decision reflected growing concern about regional stability.",
            "The announcement came after a week of meetings in %1$s.",
            "Officials did not give further details, and the ministry declined to comment.",
            "Markets in the region were little changed after the news.",
            "The statement was published on the ministry's website late in the evening.");

    String headline(String first, String second) {
        return headline.formatted(first, second);
    }

    String sentence(String first, String second, String city, Random random) {
        String lead = leads.get(random.nextInt(leads.size()));
        return Corpus.capitalise(lead.formatted(first, second, city, 2 + random.nextInt(90)));
    }

    static String context(String city, Random random) {
        return CONTEXT.get(random.nextInt(CONTEXT.size())).formatted(city);
    }
}
