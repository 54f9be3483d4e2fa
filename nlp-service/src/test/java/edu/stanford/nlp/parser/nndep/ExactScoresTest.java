package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * {@link ExactScores} must make the parser pick CoreNLP's transitions: the same choice among the transitions that
 * apply, every score it gives bit for bit CoreNLP's, for precomputed features, cached ones and mixes; what it reads
 * off the features about which transitions apply must be CoreNLP's canApply; and the parses must be the same. Loads the parser
 * model (seconds); CoreNLP
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
    void choicesAreCoreNlps() throws Exception {
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(original);
        List<List<Integer>> precomputedTokens = new ArrayList<>();
        for (int j = 0; j < Config.numTokens; j++) {
            precomputedTokens.add(new ArrayList<>());
        }
        preMap.keySet().forEach(key -> precomputedTokens.get(key % Config.numTokens).add(key / Config.numTokens));
        int vocabulary = original.getE().length;
        ExactScores.Transitions transitions = ExactScores.Transitions.of(parser, original.getW2().length);
        Random random = new Random(17);
        int exactScores = 0;
        int floatDecided = 0;
        for (int n = 0; n < 3000; n++) {
            int[] feature = new int[Config.numTokens];
            for (int j = 0; j < feature.length; j++) {
                List<Integer> known = precomputedTokens.get(j);
                // mostly precomputed columns, as in real sentences, with some other features in every vector
                feature[j] = !known.isEmpty() && random.nextInt(4) != 0
                        ? known.get(random.nextInt(known.size()))
                        : random.nextInt(vocabulary);
            }
            boolean[] applicable = transitions.applicable(feature);
            if (applicable == ExactScores.Transitions.ONLY_ONE) {
                continue;
            }
            double[] expected = original.computeScores(feature);
            double[] actual = fast.computeScores(feature);
            assertEquals(choice(expected, applicable), choice(actual, applicable),
                    () -> "choice differs for " + Arrays.toString(feature));
            long given = Arrays.stream(actual).filter(score -> score != Double.NEGATIVE_INFINITY).count();
            if (given > 1) {
                for (int i = 0; i < actual.length; i++) {
                    if (actual[i] != Double.NEGATIVE_INFINITY) {
                        // where the float bound cannot decide, a score given at all is CoreNLP's own, bit for bit
                        assertEquals(expected[i], actual[i]);
                        exactScores++;
                    }
                }
            } else {
                floatDecided++;
            }
        }
        assertTrue(exactScores > 0 && floatDecided > 0, exactScores + " exact scores, " + floatDecided + " decided in float");
    }

    /** CoreNLP's loop in {@code predictInner}: the first transition that applies with the highest score. */
    private static int choice(double[] scores, boolean[] applicable) {
        double best = Double.NEGATIVE_INFINITY;
        int chosen = -1;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] > best && applicable[i]) {
                best = scores[i];
                chosen = i;
            }
        }
        return chosen;
    }

    /** What {@link ExactScores.Transitions} reads off the features is what CoreNLP's canApply says, at every step. */
    @Test
    void applicableTransitionsAreCanApplys() throws Exception {
        ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
        Method features = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
        features.setAccessible(true);
        ExactScores.Transitions transitions = ExactScores.Transitions.of(parser, original.getW2().length);
        int steps = 0;
        int onlyOne = 0;
        for (String sentence : SENTENCES) {
            CoreMap tokens = new ArrayCoreMap();
            List<CoreLabel> labels = new ArrayList<>();
            for (TaggedWord word : tagged(sentence)) {
                CoreLabel label = new CoreLabel();
                label.setWord(word.word());
                label.setValue(word.word());
                label.setTag(word.tag());
                label.setIndex(labels.size() + 1);
                labels.add(label);
            }
            tokens.set(CoreAnnotations.TokensAnnotation.class, labels);
            Configuration c = system.initialConfiguration(tokens);
            while (!system.isTerminal(c)) {
                boolean[] applicable = transitions.applicable((int[]) features.invoke(parser, c));
                List<String> allowed = system.transitions.stream().filter(t -> system.canApply(c, t)).toList();
                if (applicable == ExactScores.Transitions.ONLY_ONE) {
                    assertEquals(1, allowed.size(), () -> allowed.toString());
                    onlyOne++;
                } else {
                    for (int i = 0; i < applicable.length; i++) {
                        assertEquals(system.canApply(c, system.transitions.get(i)), applicable[i],
                                system.transitions.get(i));
                    }
                }
                steps++;
                // walk on with CoreNLP's own choice
                double[] scores = original.computeScores((int[]) features.invoke(parser, c));
                String best = null;
                double bestScore = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < scores.length; i++) {
                    if (scores[i] > bestScore && system.canApply(c, system.transitions.get(i))) {
                        bestScore = scores[i];
                        best = system.transitions.get(i);
                    }
                }
                system.apply(c, best);
            }
        }
        assertTrue(onlyOne > SENTENCES.size() * 2 && steps > onlyOne, steps + " steps, " + onlyOne + " with one choice");
    }

    /**
     * The float scores' bound counts each column by its largest magnitude, read after the column's last unit: for a
     * precomputed column it must not be below CoreNLP's double column (a float rounded down would shrink the bound).
     */
    @Test
    void precomputedColumnsCarryTheirMagnitudeRoundedUp() throws ReflectiveOperationException {
        double[][] saved = (double[][]) field(Classifier.class, "saved").get(original);
        float[][] savedFloat = (float[][]) field(ExactScores.class, "savedFloat").get(fast);
        assertEquals(saved.length, savedFloat.length);
        for (int id = 0; id < saved.length; id++) {
            double max = 0;
            for (double value : saved[id]) {
                max = Math.max(max, Math.abs(value));
            }
            assertEquals(saved[id].length + 1, savedFloat[id].length);
            assertTrue(savedFloat[id][saved[id].length] >= max, "column " + id);
            assertTrue(savedFloat[id][saved[id].length] <= Math.nextUp((float) max), "column " + id);
        }
    }

    @Test
    void parsesAreCoreNlps() throws ReflectiveOperationException {
        for (String sentence : SENTENCES) {
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

    private static final List<String> SENTENCES = List.of(
            "Turkey/NNP signed/VBD a/DT defense/NN cooperation/NN agreement/NN with/IN Qatar/NNP on/IN Tuesday/NNP ./.",
            "Russia/NNP and/CC Ethiopia/NNP agreed/VBD on/IN Thursday/NNP to/TO restore/VB full/JJ diplomatic/JJ"
                    + " relations/NNS ,/, mediators/NNS in/IN Oslo/NNP said/VBD ./.",
            "Italy/NNP accused/VBD Chile/NNP of/IN violating/VBG its/PRP$ airspace/NN 86/CD times/NNS and/CC"
                    + " summoned/VBD the/DT ambassador/NN of/IN Chile/NNP to/TO lodge/VB a/DT formal/JJ protest/NN ./.",
            "The/DT foreign/JJ minister/NN of/IN Ethiopia/NNP met/VBD his/PRP$ counterpart/NN from/IN Indonesia/NNP"
                    + " in/IN Muscat/NNP to/TO discuss/VB border/NN security/NN ./.",
            "China/NNP ,/, which/WDT had/VBD warned/VBN Japan/NNP ,/, said/VBD it/PRP would/MD retaliate/VB ;/:"
                    + " Tokyo/NNP rejected/VBD the/DT claim/NN ,/, calling/VBG it/PRP baseless/JJ",
            "Talks/NNS resumed/VBD ./.", "Sanctions/NNS !/.");

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
