package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * CoreNLP 4.5.10's {@code Classifier.computeScores} (the neural dependency parser's network, 65 % of the
 * extractor's CPU on dense news) with the same arithmetic in the same order, so every score is the same
 * double and every parse the same tree, only faster:
 * <ul>
 * <li>the output layer (one dot product per transition label, 45 % of the extractor's CPU) runs over the
 * labels inside the hidden units: each label still sums its products in index order, but the sums of
 * different labels no longer wait for each other and are added in vector instructions;</li>
 * <li>the table of precomputed hidden-layer columns is an open-addressing int map instead of a
 * {@code HashMap<Integer, Integer>} (boxing and tree bins were 10 % of the extractor's CPU);</li>
 * <li>other features' columns are kept in a concurrent map instead of a synchronized LRU cache (same
 * values: a column depends only on the feature).</li>
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
    private final int labels;
    private final float[][] embeddings;
    private final float[] b1;
    private final double[][] saved;
    private final IntIntMap precomputed;
    private final int hiddenSize;
    private final int embeddingSize;
    private final boolean cacheColumns;
    private final int maxCached;
    private final Map<Integer, float[]> columns = new ConcurrentHashMap<>();
    private volatile boolean called;

    private ExactScores(Classifier original, Config config) throws ReflectiveOperationException {
        // the superclass's own arrays are never read: every score comes from computeScores below
        super(config, new float[1][1], new float[1][1], new float[1], new float[1][1], java.util.List.of());
        this.original = original;
        this.w1 = original.getW1();
        float[][] w2 = original.getW2();
        this.labels = w2.length;
        this.w2t = new double[w2[0].length][labels];
        for (int i = 0; i < labels; i++) {
            for (int j = 0; j < w2[i].length; j++) {
                w2t[j][i] = w2[i][j];
            }
        }
        this.embeddings = original.getE();
        this.b1 = original.getb1();
        this.saved = (double[][]) field(Classifier.class, "saved").get(original);
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
            ExactScores exact = new ExactScores(original, config);
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
        } catch (ReflectiveOperationException | RuntimeException e) {
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
        return outputLayer(hidden);
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
            column = new float[w1.length];
            for (int i = 0; i < w1.length; i++) {
                float[] row = w1[i];
                double s = 0;
                for (int k = 0; k < embedding.length; k++) {
                    s += row[offset + k] * embedding[k];
                }
                column[i] = (float) s;
            }
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
