package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * CoreNLP 4.5.10's {@code Classifier.computeScores} (the neural dependency parser's network, 65 % of the
 * extractor's CPU on dense news), faster, such that CoreNLP's {@code predictInner} picks the very transition its
 * own scores make it pick (every parse the same tree):
 * <ul>
 * <li>when only one transition applies (the root alone or with one word on the stack: 15 % of the steps on dense
 * news) the network is not run at all: CoreNLP takes that transition whatever the scores;</li>
 * <li>otherwise the whole network runs in float (a float copy of the precomputed columns, half the memory
 * traffic) with a bound on how far each score can lie from CoreNLP's double; when one transition that applies
 * is certainly the best, the scores name only it ({@link Transitions} reads which apply off the features);</li>
 * <li>when the bound leaves two or more, the hidden layer runs in CoreNLP's double arithmetic and the output layer
 * in float with a (tighter) bound: the transitions that apply and could be the best get CoreNLP's exact double
 * score, the others minus infinity;</li>
 * <li>where that cannot be used, the exact output layer runs over the labels inside the hidden units: each label
 * still sums its products in index order, but the sums of different labels no longer wait for each other and are
 * added in vector instructions;</li>
 * <li>the table of precomputed hidden-layer columns is an open-addressing int map instead of a
 * {@code HashMap<Integer, Integer>} (boxing and tree bins were 10 % of the extractor's CPU);</li>
 * <li>other features' columns are kept in a concurrent map instead of a synchronized LRU cache (same
 * values: a column depends only on the feature), computed four rows at a time (each row's sum in CoreNLP's
 * order).</li>
 * </ul>
 * It lives in CoreNLP's package because {@code computeScores} is package-private: only a class of that
 * package can override it, and only when the same class loader defines both (one loader in the packaged
 * service and on a plain classpath). {@link #install} checks that the override is really called and gives
 * the same parse as CoreNLP's own code, and leaves the parser as it was otherwise.
 */
public final class ExactScores extends Classifier {

    private static final Logger LOG = Logger.getLogger(ExactScores.class);
    /** Upper bound of the column cache, as CoreNLP bounds its LRU cache by the model's {@code numCached}. */
    private static final int MAX_CACHED_DEFAULT = 100_000;

    private final Classifier original;
    private final float[][] w1;
    private final double[][] w2t;
    /** W2 as CoreNLP keeps it, a row per transition: the exact score of one transition. */
    private final float[][] w2;
    /** W2 transposed in float, for the scores in float arithmetic. */
    private final float[][] w2tFloat;
    /** The largest |W2| of each hidden unit, for the error bound of the float scores. */
    private final double[] w2Max;
    private final Transitions transitions;
    private final int labels;
    private final float[][] embeddings;
    private final float[] b1;
    private final double[][] saved;
    /** The precomputed columns rounded to float, each followed by its largest magnitude. */
    private final float[][] savedFloat;
    private final double b1Max;
    private final IntIntMap precomputed;
    private final int hiddenSize;
    private final int embeddingSize;
    private final boolean cacheColumns;
    private final int maxCached;
    private final Map<Integer, float[]> columns = new ConcurrentHashMap<>();
    private volatile boolean called;

    private ExactScores(Classifier original, Config config, Transitions transitions) throws ReflectiveOperationException {
        // the superclass's own arrays are never read: every score comes from computeScores below
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], java.util.List.of());
        this.original = original;
        this.w1 = original.getW1();
        this.w2 = original.getW2();
        this.labels = w2.length;
        this.w2t = new double[w2[0].length][labels];
        this.w2tFloat = new float[w2[0].length][labels];
        this.w2Max = new double[w2[0].length];
        for (int i = 0; i < labels; i++) {
            for (int j = 0; j < w2[i].length; j++) {
                w2t[j][i] = w2[i][j];
                w2tFloat[j][i] = w2[i][j];
                w2Max[j] = Math.max(w2Max[j], Math.abs(w2[i][j]));
            }
        }
        this.transitions = transitions;
        this.embeddings = original.getE();
        this.b1 = original.getb1();
        this.saved = (double[][]) field(Classifier.class, "saved").get(original);
        this.savedFloat = new float[saved.length][];
        for (int id = 0; id < saved.length; id++) {
            // one more place, as in the cached columns: the column's largest magnitude, rounded up to float
            float[] rounded = new float[saved[id].length + 1];
            double max = 0;
            for (int i = 0; i < saved[id].length; i++) {
                rounded[i] = (float) saved[id][i];
                max = Math.max(max, Math.abs(saved[id][i]));
            }
            float roundedMax = (float) max;
            rounded[saved[id].length] = roundedMax < max ? Math.nextUp(roundedMax) : roundedMax;
            savedFloat[id] = rounded;
        }
        double bMax = 0;
        for (float b : original.getb1()) {
            bMax = Math.max(bMax, Math.abs(b));
        }
        this.b1Max = bMax;
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(original);
        this.precomputed = new IntIntMap(preMap);
        this.hiddenSize = config.hiddenSize;
        this.embeddingSize = config.embeddingSize;
        this.cacheColumns = config.numCached != 0;
        this.maxCached = config.numCached > 0 ? config.numCached : MAX_CACHED_DEFAULT;
    }

    /**
     * Puts the exact, faster scores into {@code parser} if they give the same parse of {@code probe} (tagged
     * words) as CoreNLP's own code; otherwise leaves the parser as it was.
     *
     * @return whether the parser now uses them
     */
    public static boolean install(DependencyParser parser, java.util.List<? extends edu.stanford.nlp.ling.HasWord> probe) {
        Field classifierField;
        Classifier original;
        try {
            classifierField = field(DependencyParser.class, "classifier");
            original = (Classifier) classifierField.get(parser);
            if (original instanceof ExactScores) {
                return true; // CoreNLP caches a loaded model: a second load may return the same parser
            }
            Config config = (Config) field(DependencyParser.class, "config").get(parser);
            ExactScores exact = new ExactScores(original, config, Transitions.of(parser, original.getW2().length));
            String expected = parser.predict(probe).typedDependencies().toString();
            classifierField.set(parser, exact);
            String actual;
            try {
                actual = parser.predict(probe).typedDependencies().toString();
            } catch (RuntimeException e) {
                actual = e.toString();
            }
            if (exact.called && expected.equals(actual)) {
                return true;
            }
            classifierField.set(parser, original);
            LOG.warnf("exact parser scores not used (called: %s, same parse: %s); CoreNLP's own scoring stays",
                    exact.called, expected.equals(actual));
            return false;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // LinkageError: CoreNLP's package defined by another class loader than this class (Quarkus test mode)
            LOG.warn("exact parser scores not used; CoreNLP's own scoring stays", e);
            return false;
        }
    }

    /** CoreNLP's own classifier, which this one replaced. */
    Classifier original() {
        return original;
    }

    @Override
    double[] computeScores(int[] feature) {
        called = true;
        boolean[] applicable = transitions == null ? null : transitions.applicable(feature);
        if (applicable == Transitions.ONLY_ONE) {
            // CoreNLP takes the one transition that applies whatever the scores say
            return new double[labels];
        }
        if (applicable != null && cacheColumns) {
            double[] scores = floatScores(feature, applicable);
            if (scores != null) {
                return scores;
            }
        }
        double[] hidden = new double[hiddenSize];
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int token = feature[j];
            int index = token * Config.numTokens + j;
            int id = precomputed.get(index);
            if (id >= 0) {
                double[] column = saved[id];
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += column[i];
                }
            } else if (!cacheColumns) {
                addProducts(hidden, embeddings[token], offset);
            } else {
                float[] column = column(index, token, offset);
                for (int i = 0; i < hiddenSize; i++) {
                    hidden[i] += column[i];
                }
            }
            offset += embeddingSize;
        }
        for (int i = 0; i < hiddenSize; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];
        }
        return applicable == null ? outputLayer(hidden) : chosenScores(hidden, applicable);
    }

    /**
     * Scores that make CoreNLP pick the transition its own scores make it pick, among those that apply: the output
     * layer in float arithmetic (half the work of double), with a bound on how far each float score can lie from
     * CoreNLP's double. Every transition that applies and could, within the bound, be the best gets its exact
     * double score (CoreNLP's sum, term by term in index order); the others, certainly below the best, get minus
     * infinity. Ties between exact scores are broken by CoreNLP's own loop, as before.
     */
    private double[] chosenScores(double[] hidden, boolean[] applicable) {
        float[] approx = new float[labels];
        double sum0 = 0;
        double sum1 = 0;
        int n = hidden.length;
        int j = 0;
        for (; j + 1 < n; j += 2) {
            sum0 += Math.abs(hidden[j]) * w2Max[j];
            sum1 += Math.abs(hidden[j + 1]) * w2Max[j + 1];
        }
        for (; j < n; j++) {
            sum0 += Math.abs(hidden[j]) * w2Max[j];
        }
        for (j = 0; j < n; j++) {
            float h = (float) hidden[j];
            float[] column = w2tFloat[j];
            for (int i = 0; i < column.length; i++) {
                approx[i] += h * column[i];
            }
        }
        // rounding h to float, each product and each of the n sums: (n + 2) units in the last place of float,
        // doubled for the double sum's own rounding and the bound's; plus underflow of tiny products
        double error = 2 * (n + 2) * FLOAT_UNIT * (sum0 + sum1) + n * Float.MIN_VALUE;
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels; i++) {
            if (applicable[i]) {
                if (!Float.isFinite(approx[i])) {
                    return outputLayer(hidden);
                }
                best = Math.max(best, approx[i]);
            }
        }
        if (!Double.isFinite(error) || best == Double.NEGATIVE_INFINITY) {
            return outputLayer(hidden);
        }
        double[] scores = new double[labels];
        double threshold = best - 2 * error;
        for (int i = 0; i < labels; i++) {
            scores[i] = applicable[i] && approx[i] >= threshold ? exactScore(hidden, i) : Double.NEGATIVE_INFINITY;
        }
        return scores;
    }

    /**
     * The whole network in float, with a bound on how far each score can lie from CoreNLP's double: when one
     * transition that applies is certainly the best, scores that make CoreNLP pick it; otherwise null.
     */
    private double[] floatScores(int[] feature, boolean[] applicable) {
        float[] hidden = new float[hiddenSize];
        double magnitude = b1Max;
        // four columns a pass: a quarter of the loads and stores of the hidden layer (the float bound below holds for
        // a float sum of these terms in any order: each addition rounds by at most a unit of the sum of magnitudes)
        int j = 0;
        for (; j + 3 < feature.length; j += 4) {
            float[] c0 = floatColumn(feature, j);
            float[] c1 = floatColumn(feature, j + 1);
            float[] c2 = floatColumn(feature, j + 2);
            float[] c3 = floatColumn(feature, j + 3);
            magnitude += (double) c0[hiddenSize] + c1[hiddenSize] + c2[hiddenSize] + c3[hiddenSize];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += (c0[i] + c1[i]) + (c2[i] + c3[i]);
            }
        }
        for (; j < feature.length; j++) {
            float[] column = floatColumn(feature, j);
            magnitude += column[hiddenSize];
            for (int i = 0; i < hiddenSize; i++) {
                hidden[i] += column[i];
            }
        }
        // each hidden unit: the columns rounded to float and summed in float, against CoreNLP's double sum
        double delta = 2 * (feature.length + 3) * FLOAT_UNIT * magnitude + (feature.length + 2) * Float.MIN_VALUE;
        float[] approx = new float[labels];
        double error = 0;
        // four hidden units a pass over the labels, for the same reason and with the same bound; the error is a sum of
        // positive terms, whose order moves it by far less than the 0.1 % margin added below
        int k = 0;
        for (; k + 3 < hiddenSize; k += 4) {
            float q0 = cube(hidden, k);
            float q1 = cube(hidden, k + 1);
            float q2 = cube(hidden, k + 2);
            float q3 = cube(hidden, k + 3);
            error += unitError(hidden, k, delta) + unitError(hidden, k + 1, delta) + unitError(hidden, k + 2, delta)
                    + unitError(hidden, k + 3, delta);
            float[] w0 = w2tFloat[k];
            float[] w1 = w2tFloat[k + 1];
            float[] w2 = w2tFloat[k + 2];
            float[] w3 = w2tFloat[k + 3];
            for (int i = 0; i < labels; i++) {
                approx[i] += (q0 * w0[i] + q1 * w1[i]) + (q2 * w2[i] + q3 * w3[i]);
            }
        }
        for (; k < hiddenSize; k++) {
            float q = cube(hidden, k);
            error += unitError(hidden, k, delta);
            float[] column = w2tFloat[k];
            for (int i = 0; i < labels; i++) {
                approx[i] += q * column[i];
            }
        }
        error = error * 1.001 + hiddenSize * Float.MIN_VALUE;
        int best = -1;
        for (int i = 0; i < labels; i++) {
            if (applicable[i]) {
                if (!Float.isFinite(approx[i])) {
                    return null;
                }
                if (best < 0 || approx[i] > approx[best]) {
                    best = i;
                }
            }
        }
        if (best < 0 || !Double.isFinite(error)) {
            return null;
        }
        double threshold = approx[best] - 2 * error;
        for (int i = 0; i < labels; i++) {
            if (i != best && applicable[i] && approx[i] >= threshold) {
                return null;
            }
        }
        double[] scores = new double[labels];
        Arrays.fill(scores, Double.NEGATIVE_INFINITY);
        scores[best] = 0;
        return scores;
    }

    private static final double FLOAT_UNIT = Math.ulp(1.0f) / 2;

    /** The hidden unit with its bias, cubed, in float. */
    private float cube(float[] hidden, int unit) {
        float h = hidden[unit] + b1[unit];
        return h * h * h;
    }

    /**
     * How far the float unit's share of the output scores can lie from CoreNLP's double: its error through the cube,
     * the cube's own rounding, and its share of the output sums' rounding.
     */
    private double unitError(float[] hidden, int unit, double delta) {
        double a = Math.abs(hidden[unit] + b1[unit]) + delta;
        return w2Max[unit] * (3 * delta * a * a + (2 * hiddenSize + 12) * FLOAT_UNIT * a * a * a);
    }

    /** The float column of feature {@code j}: precomputed or cached, followed by its largest magnitude. */
    private float[] floatColumn(int[] feature, int j) {
        int token = feature[j];
        int index = token * Config.numTokens + j;
        int id = precomputed.get(index);
        return id >= 0 ? savedFloat[id] : column(index, token, j * embeddingSize);
    }

    /** CoreNLP's score of one transition: its dot product in index order. */
    private double exactScore(double[] hidden, int label) {
        float[] row = w2[label];
        double score = 0;
        for (int j = 0; j < hidden.length; j++) {
            score += hidden[j] * row[j];
        }
        return score;
    }

    /**
     * {@code W2 × hidden}. Each label's score is the sum CoreNLP's dot product forms, term by term in index
     * order; the loop runs over the labels inside the hidden units (W2 transposed, widened to double once),
     * so the JIT adds four labels' terms in one vector instruction.
     */
    private double[] outputLayer(double[] hidden) {
        double[] scores = new double[labels];
        for (int j = 0; j < hidden.length; j++) {
            double h = hidden[j];
            double[] column = w2t[j];
            for (int i = 0; i < column.length; i++) {
                scores[i] += h * column[i];
            }
        }
        return scores;
    }

    /** CoreNLP's {@code matrixMultiplySlice}, kept per feature. */
    private float[] column(int index, int token, int offset) {
        float[] column = columns.get(index);
        if (column == null) {
            float[] embedding = embeddings[token];
            // one more place: the column's largest magnitude, for the bound of the float scores
            column = new float[w1.length + 1];
            float max = 0;
            int i = 0;
            // four rows at a time: each row's sum is still formed term by term in index order, but the four sums
            // no longer wait for each other
            for (; i + 3 < w1.length; i += 4) {
                float[] row0 = w1[i];
                float[] row1 = w1[i + 1];
                float[] row2 = w1[i + 2];
                float[] row3 = w1[i + 3];
                double s0 = 0;
                double s1 = 0;
                double s2 = 0;
                double s3 = 0;
                for (int k = 0; k < embedding.length; k++) {
                    float e = embedding[k];
                    s0 += row0[offset + k] * e;
                    s1 += row1[offset + k] * e;
                    s2 += row2[offset + k] * e;
                    s3 += row3[offset + k] * e;
                }
                column[i] = (float) s0;
                column[i + 1] = (float) s1;
                column[i + 2] = (float) s2;
                column[i + 3] = (float) s3;
                max = Math.max(max, Math.max(Math.max(Math.abs(column[i]), Math.abs(column[i + 1])),
                        Math.max(Math.abs(column[i + 2]), Math.abs(column[i + 3]))));
            }
            for (; i < w1.length; i++) {
                float[] row = w1[i];
                double s = 0;
                for (int k = 0; k < embedding.length; k++) {
                    s += row[offset + k] * embedding[k];
                }
                column[i] = (float) s;
                max = Math.max(max, Math.abs(column[i]));
            }
            column[w1.length] = max;
            if (columns.size() < maxCached) {
                columns.put(index, column);
            }
        }
        return column;
    }

    /** CoreNLP's {@code matrixMultiplySliceSum}. */
    private void addProducts(double[] hidden, float[] embedding, int offset) {
        for (int i = 0; i < w1.length; i++) {
            float[] row = w1[i];
            double s = hidden[i];
            for (int k = 0; k < embedding.length; k++) {
                s += row[offset + k] * embedding[k];
            }
            hidden[i] = s;
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    /**
     * Which of the arc-standard system's transitions CoreNLP's {@code canApply} lets through, read off the feature
     * vector: the part-of-speech feature of the second word on the stack is {@code -NULL-} when the stack holds only
     * the root, {@code -ROOT-} when it holds the root and one word; that of the first word in the buffer is
     * {@code -NULL-} when the buffer is empty. Left and right arcs need three on the stack (a right arc onto the root,
     * labelled root, needs two and, with a single root, an empty buffer); the root label only goes onto the root;
     * a shift needs a word in the buffer.
     */
    static final class Transitions {

        /** Only one transition applies: the scores do not matter. */
        static final boolean[] ONLY_ONE = new boolean[0];
        /** CoreNLP 4.5.10's feature order: 18 words (stack 2, 1, 0, buffer 0, 1, 2, ...), then their tags. */
        private static final int SECOND_ON_STACK_TAG = 18 + 1;
        private static final int FIRST_IN_BUFFER_TAG = 18 + 3;

        private final int rootTag;
        private final int nullTag;
        private final boolean singleRoot;
        /** Three or more on the stack, with and without a word in the buffer. */
        private final boolean[] arcsAndShift;
        private final boolean[] arcs;
        /** The root and one word on the stack, several roots allowed, a word in the buffer. */
        private final boolean[] rootArcAndShift;

        private Transitions(int rootTag, int nullTag, boolean singleRoot, List<String> names, String rootLabel) {
            this.rootTag = rootTag;
            this.nullTag = nullTag;
            this.singleRoot = singleRoot;
            int count = names.size();
            arcsAndShift = new boolean[count];
            arcs = new boolean[count];
            rootArcAndShift = new boolean[count];
            for (int i = 0; i < count; i++) {
                String name = names.get(i);
                boolean shift = name.equals("S");
                boolean rootArc = !shift && name.substring(2, name.length() - 1).equals(rootLabel);
                arcsAndShift[i] = shift || !rootArc;
                arcs[i] = !shift && !rootArc;
                rootArcAndShift[i] = shift || (rootArc && name.startsWith("R"));
            }
        }

        /** The arc-standard system of CoreNLP 4.5.10 as this class reads it, or null (all scores exact then). */
        static Transitions of(DependencyParser parser, int outputs) throws ReflectiveOperationException {
            ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            // read by reflection, not as package members: under Quarkus's test class loaders this class and CoreNLP's
            // may be defined by different loaders, where package access fails with an IllegalAccessError
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            String rootLabel = (String) field(ParsingSystem.class, "rootLabel").get(system);
            if (system.getClass() != ArcStandard.class || Config.numTokens != 48 || names.size() != outputs
                    || !names.stream().allMatch(t -> t.equals("S")
                            || (t.length() > 3 && (t.startsWith("L(") || t.startsWith("R(")) && t.endsWith(")")))) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, Integer> tags = (Map<String, Integer>) field(DependencyParser.class, "posIDs").get(parser);
            Integer root = tags.get(Config.ROOT);
            Integer none = tags.get(Config.NULL);
            if (root == null || none == null) {
                return null;
            }
            boolean singleRoot = field(ArcStandard.class, "singleRoot").getBoolean(system);
            return new Transitions(root, none, singleRoot, names, rootLabel);
        }

        /** {@link #ONLY_ONE}, or which transitions apply. */
        boolean[] applicable(int[] feature) {
            int second = feature[SECOND_ON_STACK_TAG];
            boolean bufferEmpty = feature[FIRST_IN_BUFFER_TAG] == nullTag;
            if (second == nullTag) {
                return ONLY_ONE; // the root alone: shift
            }
            if (second == rootTag) {
                // the root and one word: shift, or with an empty buffer the root arc
                return singleRoot || bufferEmpty ? ONLY_ONE : rootArcAndShift;
            }
            return bufferEmpty ? arcs : arcsAndShift;
        }
    }

    /** Non-negative int keys to int values; -1 for a missing key. Read-only after construction. */
    static final class IntIntMap {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntMap(Map<Integer, Integer> source) {
            int capacity = Integer.highestOneBit(Math.max(4, source.size() * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            Arrays.fill(keys, -1);
            mask = capacity - 1;
            source.forEach((key, value) -> {
                int slot = slot(key);
                while (keys[slot] != -1) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = key;
                values[slot] = value;
            });
        }

        int get(int key) {
            int slot = slot(key);
            while (true) {
                int k = keys[slot];
                if (k == key) {
                    return values[slot];
                }
                if (k == -1) {
                    return -1;
                }
                slot = (slot + 1) & mask;
            }
        }

        private int slot(int key) {
            return (key * 0x9E3779B9 >>> 7) & mask;
        }
    }
}
