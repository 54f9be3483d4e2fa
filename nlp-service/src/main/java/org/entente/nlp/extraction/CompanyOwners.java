package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A nation named as a company's home is no actor: "Russia's Gazprom halted gas supplies to Austria's OMV", "Turkish drone
 * maker Baykar", "Morocco signed a contract with Israel Aerospace Industries". The coding guide's call of the tenth set's
 * coders ("Companies are not states, state-owned ones included") is what every set's coders did: a deal between two
 * countries' firms codes nothing between the states. Such a mention stays a nation named by the sentence and is kept
 * from the actors as a venue is. Read on the words after the mention, which the parser often joins wrongly in a company's
 * name; needs the tags.
 */
final class CompanyOwners {

    /** Nouns and name parts that make the phrase a company ("Spain's Telefonica, the Madrid-based company"). */
    private static final Set<String> COMPANY_WORDS = Set.of(
            "company", "companies", "firm", "firms", "corporation", "corporations", "corp", "corp.", "inc", "inc.",
            "ltd", "ltd.", "plc", "conglomerate", "conglomerates", "manufacturer", "manufacturers", "shipbuilder",
            "refiner", "industries", "aerospace", "petrochemical", "petrochemicals", "airlines", "airways",
            "holdings");

    /** Makers of goods, not of laws or peace ("lawmakers" are a state's own). */
    private static final Set<String> MAKERS = Set.of("maker", "makers", "carmaker", "carmakers", "automaker",
            "automakers", "chipmaker", "chipmakers", "planemaker", "drugmaker", "drugmakers", "steelmaker",
            "steelmakers", "shipmaker");

    /** "Chinese state-owned COSCO": ownership by the state does not make the company the state. */
    private static final Set<String> STATE_OWNED = Set.of("state-owned", "state-run", "state-controlled");

    /** A state's own voices are its actors: "Iran's state-run IRNA news agency reported". */
    private static final Set<String> MEDIA = Set.of(
            "agency", "news", "media", "television", "tv", "broadcaster", "newspaper", "daily", "radio");

    private CompanyOwners() {
    }

    /** The mentions with each company's home turned into a venue (no actor). */
    static List<Mention> mark(List<CoreLabel> tokens, List<Mention> mentions) {
        if (tokens.isEmpty() || tokens.get(0).tag() == null) {
            return mentions;
        }
        boolean companiesNamed = false;
        for (int t = 0; t < tokens.size(); t++) {
            // "..., the Austrian energy company said": the sentence calls its firms firms ("complaints by domestic
            // manufacturers" names other firms, not the one owned)
            companiesNamed |= companyWord(tokens.get(t).word()) && determinedBefore(tokens, t);
        }
        List<Mention> marked = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean owner = m.isNation() && !m.venue() && m.entry().kind() != EntryKind.OFFICIAL
                    && ownsACompany(tokens, m, mentions, companiesNamed);
            marked.add(owner ? new Mention(m.entry(), m.text(), m.begin(), m.end(), m.firstToken(), m.lastToken(), true)
                    : m);
        }
        return marked;
    }

    private static boolean ownsACompany(List<CoreLabel> tokens, Mention mention, List<Mention> mentions,
            boolean companiesNamed) {
        int start = mention.lastToken() + 1;
        boolean possessive = start < tokens.size()
                && (tokens.get(start).word().equals("'s") || tokens.get(start).word().equals("'"));
        if (possessive) {
            start++;
        }
        boolean stateOwned = false;
        boolean namesOnly = true;
        int words = 0;
        int last = -1;
        for (int t = start; t < Math.min(tokens.size(), start + 6); t++) {
            CoreLabel token = tokens.get(t);
            String tag = token.tag() == null ? "" : token.tag();
            String word = token.word().toLowerCase(Locale.ROOT);
            if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("HYPH"))) {
                break;
            }
            int at = t;
            if (MEDIA.contains(word) || mentions.stream().anyMatch(o -> o != mention && o.covers(at))) {
                return false; // "Russia's Foreign Ministry", "Iran's state news agency": the state itself
            }
            if (companyWord(word)) {
                return true;
            }
            stateOwned |= STATE_OWNED.contains(word);
            if (AgentNouns.shared().find(tokens, t) != null) {
                // "Russia's foreign minister", "two Greek tankers": an organ of the state, or a ship coded against its
                // flag state (the coding guide's call of the tenth set's coders)
                return false;
            }
            namesOnly &= tag.startsWith("NNP");
            words++;
            last = t;
        }
        if (words == 0) {
            return false;
        }
        boolean named = tokens.get(last).tag().startsWith("NNP");
        // "Chinese state-owned COSCO"; "Russia's Gazprom ..., the Austrian energy company said"
        return (stateOwned && named) || (possessive && namesOnly && companiesNamed);
    }

    /** "the Madrid-based company", "the companies": a definite noun that takes up a company named before. */
    private static boolean determinedBefore(List<CoreLabel> tokens, int noun) {
        for (int t = noun - 1; t >= Math.max(0, noun - 4); t--) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (word.equals("the")) {
                return true;
            }
            if (word.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean companyWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return COMPANY_WORDS.contains(w) || MAKERS.contains(w);
    }
}
