package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.TaggedWord;

/**
 * {@link ExactScores} must give CoreNLP's scores bit for bit (so the parser picks the same transitions), for
 * precomputed features, cached ones and mixes, and the same parses. Loads the parser model (seconds); CoreNLP
 * caches it, so the parser with CoreNLP's own scoring is the same one with its classifier put back.
 */
class ExactScoresTest {

    private static DependencyParser parser;
    private static ExactScores fast;
    private static Classifier original;

    @BeforeAll
    static void load() throws ReflectiveOperationException {
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        assertTrue(ExactScores.install(parser, tagged("Iran/NNP condemned/VBD Israel/NNP ./.")));
        fast = assertInstanceOf(ExactScores.class, classifier().get(parser));
        original = fast.original();
        assertFalse(original instanceof ExactScores);
    }

    @Test
    void scoresAreCoreNlpsBitForBit() throws Exception {
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(original);
        List<List<Integer>> precomputedTokens = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) {
            precomputedTokens.add(new ArrayList<>());
        }
        preMap.keySet().forEach(key -> precomputedTokens.get(key % Config.numTokens).add(key / Config.numTokens));
        int vocabulary = original.getE().length;
        Random random = new Random(17);
        for (int n = 0; n < 3000; n++) {
            int[] feature = new int[Config.numTokens];
            for (int j = 0; j < feature.length; j++) {
                List<Integer> known = precomputedTokens.get(j);
                // mostly precomputed columns, as in real sentences, with some other features in every vector
                feature[j] = !known.isEmpty() && random.nextInt(4) != 0
                        ? known.get(random.nextInt(known.size()))
                        : random.nextInt(vocabulary);
            }
            double[] expected = original.computeScores(feature);
            double[] actual = fast.computeScores(feature);
            assertTrue(Arrays.equals(expected, actual), () -> "scores differ for " + Arrays.toString(feature));
        }
    }

    @Test
    void parsesAreCoreNlps() throws ReflectiveOperationException {
        for (String sentence : List.of(
                "Turkey/NNP signed/VBD a/DT defense/NN cooperation/NN agreement/NN with/IN Qatar/NNP on/IN Tuesday/NNP ./.",
                "Russia/NNP and/CC Ethiopia/NNP agreed/VBD on/IN Thursday/NNP to/TO restore/VB full/JJ diplomatic/JJ"
                        + " relations/NNS ,/, mediators/NNS in/IN Oslo/NNP said/VBD ./.",
                "Italy/NNP accused/VBD Chile/NNP of/IN violating/VBG its/PRP$ airspace/NN 86/CD times/NNS and/CC"
                        + " summoned/VBD the/DT ambassador/NN of/IN Chile/NNP to/TO lodge/VB a/DT formal/JJ protest/NN ./.",
                "The/DT foreign/JJ minister/NN of/IN Ethiopia/NNP met/VBD his/PRP$ counterpart/NN from/IN Indonesia/NNP"
                        + " in/IN Muscat/NNP to/TO discuss/VB border/NN security/NN ./.")) {
            String expected;
            try {
                classifier().set(parser, original);
                expected = parser.predict(tagged(sentence)).typedDependencies().toString();
            } finally {
                classifier().set(parser, fast);
            }
            assertEquals(expected, parser.predict(tagged(sentence)).typedDependencies().toString(), sentence);
        }
    }

    private static List<TaggedWord> tagged(String words) {
        return Arrays.stream(words.split(" "))
                .map(w -> new TaggedWord(w.substring(0, w.lastIndexOf('/')), w.substring(w.lastIndexOf('/') + 1)))
                .toList();
    }

    private static Field classifier() throws NoSuchFieldException {
        return field(DependencyParser.class, "classifier");
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
