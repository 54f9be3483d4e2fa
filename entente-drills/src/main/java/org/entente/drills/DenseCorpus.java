package org.entente.drills;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Dense wire-style diplomatic news for the platform benchmark: every paragraph names two
 * states and one diplomatic act, as agency copy does, so most sentences pass the extractor's
 * pre-filter and reach the parser (unlike {@link Corpus} or the extractor's own benchmark, where most
 * sentences hold no event). Five paragraphs of about 34 tokens: about 170 tokens an article. Built
 * from its own wordings over {@link Corpus#NATIONS}, not from the extractor's test sentences;
 * article {@code i} depends only on the seed, the anchor and {@code i}.
 */
public final class DenseCorpus implements ArticleSource {

    public static final long DEFAULT_SEED = 20261204L;
    static final int PARAGRAPHS = 5;
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /** %1$s and %2$s the states, %3$s a city, %4$s a weekday, %5$d a number. */
    static final List<String> WORDINGS = List.of(
            "%1$s and %2$s signed a defense cooperation agreement in %3$s on %4$s, officials from both governments said, pledging joint exercises and closer intelligence sharing over the coming years.",
            "%1$s imposed fresh sanctions on %2$s on %4$s, freezing the assets of %5$d officials and banning exports of dual-use goods, the finance ministry said in a statement.",
            "The foreign minister of %1$s met his counterpart from %2$s in %3$s on %4$s to discuss border security, energy supplies and the return of refugees, diplomats said.",
            "%1$s accused %2$s of violating its airspace %5$d times this month and summoned the ambassador of %2$s to lodge a formal protest, the foreign ministry said on %4$s.",
            "%1$s pledged %5$d million dollars in humanitarian aid to %2$s after the earthquake, and said relief flights would leave for %3$s on %4$s, an aid official said.",
            "%1$s threatened %2$s with retaliation on %4$s if its troops crossed the ceasefire line again, a government spokesman told reporters in %3$s.",
            "%1$s and %2$s agreed on %4$s to restore full diplomatic relations and reopen their embassies within %5$d days, ending years of hostility, mediators in %3$s said.",
            "%1$s condemned the missile test carried out by %2$s on %4$s as a reckless provocation and called for an emergency meeting of the Security Council in %3$s.",
            "%1$s expelled %5$d diplomats of %2$s on %4$s, accusing them of spying on military sites near %3$s, and gave them a week to leave the country.",
            "%1$s and %2$s concluded a free trade agreement in %3$s on %4$s that cuts tariffs on %5$d product lines, trade ministers of both countries announced.",
            "%1$s will supply air defense systems to %2$s under a new arms deal signed in %3$s on %4$s, worth %5$d million dollars, the defense ministry said.",
            "%1$s recalled its ambassador from %2$s on %4$s in protest at the arrest of %5$d of its citizens, state media in %3$s reported.",
            "Negotiators from %1$s and %2$s held a fresh round of talks in %3$s on %4$s on a peace accord, and agreed to meet again within %5$d days, a mediator said.",
            "%1$s criticized %2$s on %4$s over its treatment of journalists, saying %5$d reporters had been detained, and urged their release, the ministry said from %3$s.",
            "%1$s and %2$s agreed to a ceasefire along their disputed border on %4$s after mediation in %3$s, and will exchange %5$d prisoners next week, officials said.",
            "%1$s offered %2$s a loan of %5$d million dollars on %4$s to support its currency, the central bank of %1$s said after talks in %3$s.",
            "%1$s warned %2$s on %4$s that further attacks on its shipping would be met with force, as %5$d warships gathered near %3$s, a navy spokesman said.",
            "%1$s praised %2$s on %4$s for its role in freeing %5$d hostages, and thanked its envoy at a ceremony in %3$s, the presidency said.",
            "%1$s and %2$s launched joint naval exercises off %3$s on %4$s, involving %5$d ships and aircraft, their defense ministries said in a joint statement.",
            "%1$s rejected a proposal from %2$s on %4$s to share the waters of the river, and said talks in %3$s had failed after %5$d hours, an official said.");

    private static final List<String> CITIES = List.of("Geneva", "Vienna", "Doha", "Oslo", "Singapore", "Nairobi",
            "Brussels", "Istanbul", "Jakarta", "Lima", "Muscat", "Addis Ababa", "Helsinki", "Astana", "Montevideo");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private final long seed;
    private final Instant anchor;

    public DenseCorpus(long seed, Instant anchor) {
        this.seed = seed;
        this.anchor = anchor.truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public DrillArticle article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        Instant published = anchor.minusSeconds(Math.floorMod(random.nextLong(), Corpus.SPREAD.toSeconds()));
        String city = CITIES.get(random.nextInt(CITIES.size()));
        StringBuilder text = new StringBuilder(city.toUpperCase(Locale.ROOT)).append(", ")
                .append(DATELINE.format(published.atZone(ZoneOffset.UTC))).append(" (Entente Wire) - ");
        String headline = null;
        for (int p = 0; p < PARAGRAPHS; p++) {
            int a = random.nextInt(Corpus.NATIONS.size());
            int b = (a + 1 + random.nextInt(Corpus.NATIONS.size() - 1)) % Corpus.NATIONS.size();
            String wording = WORDINGS.get(random.nextInt(WORDINGS.size()));
            String paragraph = Corpus.capitalise(String.format(Locale.ROOT, wording, Corpus.NATIONS.get(a),
                    Corpus.NATIONS.get(b), CITIES.get(random.nextInt(CITIES.size())), DAYS.get(random.nextInt(DAYS.size())),
                    2 + random.nextInt(480)));
            if (headline == null) {
                headline = paragraph.substring(0, paragraph.indexOf(' ', Math.min(60, paragraph.length() - 1)) + 1).strip();
            }
            text.append(paragraph).append("\n\n");
        }
        // Unique text and link per index: ingest-service's fingerprint never merges two articles.
        text.append("(Reporting by the bench desk, item ").append(index).append(')');
        return new DrillArticle(index, Corpus.LINK_BASE + "dense/" + seed + "/" + index, headline, text.toString(), published);
    }
}
