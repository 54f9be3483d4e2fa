package org.entente.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A MinHash sketch of an article's text over word 3-shingles: two texts whose shingle sets overlap by a Jaccard
 * similarity J agree on each of the {@value #HASHES} minimums with probability J. It survives small edits (one
 * changed word touches at most three shingles) where an exact fingerprint does not.
 *
 * <p>
 * Why MinHash and not SimHash: news texts in feeds are short (a few hundred words at most, often one paragraph).
 * With 100 shingles a one-word edit flips about five of SimHash's 64 bits, above any threshold that still tells
 * stories apart, while MinHash's estimate of J stays near 0.94. No small, maintained Maven Central library does
 * this, so it is this class.
 *
 * <p>
 * Why {@value #HASHES} minimums: the estimate's spread is sqrt(J(1 − J)/HASHES). A one-word edit of a text of 25
 * shingles has J ≈ 0.79: with 64 minimums 5 of 145 such edits were estimated below the threshold, with 128 still 2,
 * with 256 none ({@code MinHashSketchTest.oneWordEditsOfShortTextsAreCaughtAlmostAlways}; in theory one in 2,500).
 * Each minimum keeps the upper 32 bits of its hash (1 KiB a sketch): a chance agreement of two different minimums
 * is 2^-32. Only the first {@value #BANDS} × {@value #ROWS} minimums form LSH bands, so the index holds
 * {@value #BANDS} rows per article whatever the sketch's length.
 *
 * <p>
 * Lookup (LSH): the sketch is cut into {@value #BANDS} bands of {@value #ROWS} minimums; texts that share one band
 * exactly are candidates, found by an indexed equality query on the band keys. The chance that a pair with
 * similarity J becomes a candidate is 1 − (1 − J^4)^32: above 0.999 at J = 0.7, 0.87 at J = 0.5, 0.23 at J = 0.3.
 * Candidates are then kept only when the estimated similarity is at least {@link #NEAR_DUPLICATE_SIMILARITY}.
 */
public final class MinHashSketch {

    public static final int HASHES = 256;
    public static final int BANDS = 32;
    /** Minimums per band; the bands cover the first BANDS × ROWS minimums, all of them count in the estimate. */
    public static final int ROWS = 4;
    /**
     * Estimated Jaccard similarity of the shingle sets at or above which two texts are one story. A one-word edit
     * of a 60-word text stays above 0.85; rewrites of the same event by another outlet score below 0.3, and so do
     * two texts on the same topic: they are separate articles (relations-service clusters their events).
     */
    public static final double NEAR_DUPLICATE_SIMILARITY = 0.7;

    /**
     * Texts with fewer shingles (about 22 words) are matched by exact fingerprint only: in a sentence or two, the
     * estimate is too coarse (one changed number in a 14-word template line already reads as 0.6) to tell a copy from
     * another story told with the same phrases.
     */
    public static final int MIN_SHINGLES = 20;

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    private final int[] minimums;

    private MinHashSketch(int[] minimums) {
        this.minimums = minimums;
    }

    public static MinHashSketch of(String text) {
        return of(shingleHashes(text));
    }

    private static MinHashSketch of(List<Long> shingles) {
        int[] mins = new int[HASHES];
        Arrays.fill(mins, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                // the upper 32 bits, compared signed: any fixed order of the values is a valid min-wise order
                int h = (int) (mix(shingle ^ SEEDS[i]) >>> 32);
                if (h < mins[i]) {
                    mins[i] = h;
                }
            }
        }
        return new MinHashSketch(mins);
    }

    /** The sketch of a text long enough to be matched as a near duplicate, or null (see {@link #MIN_SHINGLES}). */
    public static MinHashSketch ofLongText(String text) {
        List<Long> shingles = shingleHashes(text);
        return shingles.size() >= MIN_SHINGLES ? of(shingles) : null;
    }

    public static MinHashSketch fromBytes(byte[] bytes) {
        if (bytes == null || bytes.length != HASHES * Integer.BYTES) {
            throw new IllegalArgumentException("a MinHash sketch is " + HASHES * Integer.BYTES + " bytes");
        }
        int[] mins = new int[HASHES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(mins);
        return new MinHashSketch(mins);
    }

    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(HASHES * Integer.BYTES);
        buffer.asIntBuffer().put(minimums);
        return buffer.array();
    }

    /** Estimated Jaccard similarity of the two texts' shingle sets: the share of equal minimums. */
    public double similarity(MinHashSketch other) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            equal += minimums[i] == other.minimums[i] ? 1 : 0;
        }
        return equal / (double) HASHES;
    }

    public boolean isNearDuplicateOf(MinHashSketch other) {
        return similarity(other) >= NEAR_DUPLICATE_SIMILARITY;
    }

    /** One key per band; the band's number is mixed in, so equal keys mean the same band agrees. */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        // the bands cover the first BANDS * ROWS minimums: enough for candidates, the rest sharpens the estimate
        for (int b = 0; b < BANDS; b++) {
            long k = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                k = mix(k ^ minimums[b * ROWS + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    /** Lower-cased words (letters and digits), three at a time; a text of fewer words is one shingle. */
    static List<Long> shingleHashes(String text) {
        String[] words = NON_WORD.split(text == null ? "" : text.toLowerCase(Locale.ROOT).strip());
        List<String> kept = new ArrayList<>(words.length);
        for (String w : words) {
            if (!w.isEmpty()) {
                kept.add(w);
            }
        }
        List<Long> hashes = new ArrayList<>(Math.max(1, kept.size()));
        if (kept.size() < 3) {
            hashes.add(fnv1a(String.join(" ", kept)));
            return hashes;
        }
        for (int i = 0; i + 3 <= kept.size(); i++) {
            hashes.add(fnv1a(kept.get(i) + ' ' + kept.get(i + 1) + ' ' + kept.get(i + 2)));
        }
        return hashes;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finalizer: a bijection that spreads every input bit over the output, so h ^ seed acts as a new hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x5eed_0f_e17e17eL;
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
