package org.entente.nlp.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's text: the bundled sample articles plus articles built from templates with a
 * fixed seed, so every run reads the same words. Like real news, most generated sentences hold no
 * event: economy, weather, sport, domestic politics, some naming a nation without any trigger.
 */
final class BenchCorpus {

    private static final String[] NATIONS = { "Saudi Arabia", "Iran", "Turkey", "Qatar", "Egypt", "Jordan",
            "Israel", "India", "Pakistan", "China", "Japan", "South Korea", "the United States", "Russia", "Ukraine",
            "France", "Germany", "Poland", "Britain", "Brazil", "Argentina", "Nigeria", "Kenya", "Ethiopia",
            "Indonesia", "Australia", "Vietnam", "the Philippines", "Morocco", "Algeria", "Mexico", "Canada" };
    private static final String[] DAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
    private static final String[] EVENTS = {
            "%1$s and %2$s signed a trade agreement on %3$s that cuts tariffs on farm goods.",
            "%1$s agreed to restore diplomatic relations with %2$s, officials said on %3$s.",
            "The foreign minister of %1$s met his counterpart from %2$s on %3$s to discuss regional security.",
            "%1$s imposed sanctions on %2$s on %3$s, freezing the assets of several officials.",
            "%1$s condemned the missile strike, accusing %2$s of targeting civilians.",
            "%1$s pledged emergency aid to %2$s after floods destroyed thousands of homes.",
            "%1$s threatened to retaliate if %2$s went ahead with the military drills.",
            "%1$s and %2$s signed a defense cooperation agreement on %3$s, the ministry said.",
            "%1$s protested to %2$s after its coast guard entered disputed waters on %3$s.",
            "Troops from %1$s and %2$s exchanged fire along the border overnight, killing two soldiers." };
    private static final String[] FILLERS = {
            "Inflation in %1$s slowed to %4$d percent in October, the statistics office said on %3$s.",
            "The central bank kept its main interest rate unchanged at %4$d percent.",
            "Heavy rain caused flooding in several northern provinces, and schools were closed for two days.",
            "The national football team won its qualifying match %4$d to 1 in front of a full stadium.",
            "Opposition parties in %1$s called for early elections after a corruption scandal.",
            "Shares in technology companies rose for the third day in a row.",
            "The government of %1$s unveiled a budget that raises spending on health and education.",
            "Farmers said the harvest had been hurt by a long dry spell in the summer.",
            "A new high-speed rail line opened on %3$s, cutting the journey between the two largest cities by an hour.",
            "Tourism in %1$s recovered strongly this year, with visitor numbers up %4$d percent.",
            "Doctors warned of a rise in respiratory infections as the weather turned colder.",
            "The capital's mayor promised to build %4$d thousand affordable homes by the end of the decade.",
            "Exports from %1$s fell slightly as demand for cars and machinery weakened in Europe.",
            "The ministry of energy said fuel prices would stay stable through the winter.",
            "A court in %1$s sentenced a former minister to prison for taking bribes." };

    private BenchCorpus() {
    }

    /** The sample articles' texts (title not included, as on the articles topic). */
    static List<String> samples(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                JsonNode article = json.readTree(line);
                texts.add(article.path("text").asText());
            }
        }
        return texts;
    }

    /** {@code count} articles of 3 to 5 paragraphs; about one sentence in seven holds an event. */
    static List<String> generated(int count, long seed) {
        Random random = new Random(seed);
        List<String> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 3 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                int sentences = 2 + random.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    String[] pool = random.nextInt(7) == 0 ? EVENTS : FILLERS;
                    String a = NATIONS[random.nextInt(NATIONS.length)];
                    String b = NATIONS[random.nextInt(NATIONS.length)];
                    while (b.equals(a)) {
                        b = NATIONS[random.nextInt(NATIONS.length)];
                    }
                    String sentence = String.format(pool[random.nextInt(pool.length)], a, b,
                            DAYS[random.nextInt(DAYS.length)], 2 + random.nextInt(9));
                    text.append(s > 0 ? " " : "").append(Character.toUpperCase(sentence.charAt(0)))
                            .append(sentence, 1, sentence.length());
                }
            }
            articles.add(text.toString());
        }
        return articles;
    }
}
