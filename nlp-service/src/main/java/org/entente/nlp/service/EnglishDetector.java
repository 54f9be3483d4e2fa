package org.entente.nlp.service;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap, model-free check that a text is English: mostly Latin letters, and a share of English
 * function words that running English prose always reaches (news text sits near 0.4; French,
 * Spanish or German prose stays under 0.08 against this list).
 */
public final class EnglishDetector {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MAX_WORDS_SAMPLED = 2000;
    private static final Set<String> STOPWORDS = Set.of(
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from",
            "as", "into", "over", "after", "before", "about", "against", "between", "under", "than",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
            "should", "could", "can", "may", "might", "must", "do", "does", "did", "not", "no",
            "it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "you", "i",
            "this", "that", "these", "those", "which", "who", "whom", "what", "when", "where", "while",
            "said", "says", "also", "more", "most", "other", "such", "only", "new", "there", "if", "so",
            "up", "out", "all", "any", "some", "both", "each", "during", "since", "until", "because");

    private final double minStopwordRatio;
    private final int minWords;

    /** The outcome, with the numbers behind it for the log and the REST answer. */
    public record Verdict(boolean english, double stopwordRatio, double latinShare, int words) {
    }

    /**
     * @param minStopwordRatio share of English function words below which a text is not English
     * @param minWords texts with fewer words are given the benefit of the doubt
     */
    public EnglishDetector(double minStopwordRatio, int minWords) {
        this.minStopwordRatio = minStopwordRatio;
        this.minWords = minWords;
    }

    public Verdict detect(String text) {
        int words = 0;
        int stopwords = 0;
        long letters = 0;
        long latinLetters = 0;
        Matcher matcher = WORD.matcher(text);
        while (words < MAX_WORDS_SAMPLED && matcher.find()) {
            String word = matcher.group();
            words++;
            letters += word.length();
            latinLetters += latinLetters(word);
            if (STOPWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                stopwords++;
            }
        }
        double ratio = words == 0 ? 0 : (double) stopwords / words;
        double latinShare = letters == 0 ? 1 : (double) latinLetters / letters;
        boolean english = latinShare >= 0.5 && (words < minWords || ratio >= minStopwordRatio);
        return new Verdict(english, ratio, latinShare, words);
    }

    private static int latinLetters(String word) {
        int count = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.LATIN) {
                count++;
            }
        }
        return count;
    }
}
