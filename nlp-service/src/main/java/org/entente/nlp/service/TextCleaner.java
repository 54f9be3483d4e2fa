package org.entente.nlp.service;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes HTML leftovers and control characters from article text WITHOUT changing its length:
 * every removed character becomes a space, so the character offsets of the events still point
 * into the text exactly as it was published on the {@code articles} topic.
 */
public final class TextCleaner {

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\b[^<>]{0,1000}>|<!--.*?-->",
            Pattern.DOTALL);
    private static final Pattern BLOCK_TAG = Pattern
            .compile("(?i)p|br|div|li|ul|ol|h[1-6]|tr|td|blockquote|section|article|header|footer");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("mdash", "\u2014"),
            Map.entry("ndash", "\u2013"), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"),
            Map.entry("rdquo", "\u201D"), Map.entry("ldquo", "\u201C"), Map.entry("hellip", "\u2026"));

    /** The cleaned text and how many markup or control characters were blanked out. */
    public record Cleaned(String text, int blanked) {
    }

    public Cleaned clean(String raw) {
        char[] chars = raw.toCharArray();
        blankMatches(SCRIPT_OR_STYLE.matcher(raw), chars);
        blankTags(raw, chars);
        decodeEntities(new String(chars), chars);
        blankControlCharacters(chars);
        int blanked = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] != raw.charAt(i)) {
                blanked++;
            }
        }
        return new Cleaned(new String(chars), blanked);
    }

    private static void blankMatches(Matcher matcher, char[] chars) {
        while (matcher.find()) {
            fill(chars, matcher.start(), matcher.end(), ' ');
        }
    }

    /** A block tag becomes a line break so that paragraphs stay apart for the sentence splitter. */
    private static void blankTags(String raw, char[] chars) {
        Matcher matcher = TAG.matcher(raw);
        while (matcher.find()) {
            fill(chars, matcher.start(), matcher.end(), ' ');
            String name = matcher.group(1);
            if (name != null && BLOCK_TAG.matcher(name).matches()) {
                chars[matcher.start()] = '\n';
            }
        }
    }

    /**
     * The decoded character goes at the END of the entity's span, the padding before it, so that
     * "Iran&#39;s" reads "Iran 's" and tokenizes as "Iran" + "'s".
     */
    private static void decodeEntities(String text, char[] chars) {
        Matcher matcher = ENTITY.matcher(text);
        while (matcher.find()) {
            String decoded = decode(matcher.group(1));
            if (decoded == null || decoded.length() > matcher.end() - matcher.start()) {
                continue;
            }
            fill(chars, matcher.start(), matcher.end(), ' ');
            decoded.getChars(0, decoded.length(), chars, matcher.end() - decoded.length());
        }
    }

    private static String decode(String body) {
        if (body.charAt(0) != '#') {
            return NAMED_ENTITIES.get(body.toLowerCase(Locale.ROOT));
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
        if (!Character.isValidCodePoint(codePoint) || Character.isISOControl(codePoint)) {
            return " ";
        }
        return new String(Character.toChars(codePoint));
    }

    /** Control, format (zero-width, bidi) and unpaired surrogate characters; line breaks and tabs stay. */
    private static void blankControlCharacters(char[] chars) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\n' || c == '\t' || c == '\r') {
                continue;
            }
            int type = Character.getType(c);
            boolean lonelySurrogate = Character.isSurrogate(c) && !pairedAt(chars, i);
            if (type == Character.CONTROL || type == Character.FORMAT || lonelySurrogate || c == '\uFFFD') {
                chars[i] = ' ';
            }
        }
    }

    private static boolean pairedAt(char[] chars, int i) {
        if (Character.isHighSurrogate(chars[i])) {
            return i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1]);
        }
        return i > 0 && Character.isHighSurrogate(chars[i - 1]);
    }

    private static void fill(char[] chars, int from, int to, char c) {
        for (int i = from; i < to; i++) {
            chars[i] = c;
        }
    }
}
