package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nations named inside the noun phrase headed by a token: "Senior Hungarian and Romanian
 * officials", "leaders of Romania's new government", "the US-China talks". Stops at clauses, so
 * "Iran accused the US of violating Iraqi airspace" keeps Iraq out of the accused, and keeps only
 * the shallowest nations: "Poland's efforts to house Ukrainian refugees" names Poland.
 */
final class PhraseNations {

    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nmod", "appos", "conj", "flat");
    private static final int MAX_DEPTH = 3;
    /**
     * Nouns that, as "the two ..." or "both ...", stand for the two states of the sentence, beside the agent nouns
     * the generated agent lexicon gives a state's role ("the two governments", "both navies", "the two defence
     * ministries", "the two coast guards"). These are not agents in the file: states by kind or by relation.
     */
    private static final Set<String> PAIR_NOUNS = Set.of(
            "country", "nation", "side", "state", "neighbour", "neighbor", "leader", "capital", "ally", "rival",
            "partner", "delegation", "force", "foe", "adversary", "power");

    /**
     * The nations of a phrase, found at their depth below its head.
     *
     * @param depth how many modifier steps below the head the shallowest nations sit; -1 when none
     */
    record Found(List<Mention> nations, int depth) {

        static final Found NONE = new Found(List.of(), -1);

        boolean isEmpty() {
            return nations.isEmpty();
        }
    }

    List<Mention> in(ParsedSentence parsed, int token, MentionIndex index) {
        return find(parsed, token, index).nations();
    }

    Found find(ParsedSentence parsed, int token, MentionIndex index) {
        token = antecedent(parsed, token);
        // each conjunct keeps its own shallowest nations: in "Ethiopian Prime Minister Abiy Ahmed and Somali
        // President Hassan Sheikh Mohamud" a named official does not hide the other conjunct's demonym
        List<Integer> members = new ArrayList<>(List.of(token));
        parsed.children(token).stream().filter(a -> a.is("conj")).forEach(a -> members.add(a.token()));
        Set<Integer> seen = new HashSet<>(members);
        List<Mention> nations = new ArrayList<>();
        int depth = -1;
        for (int member : members) {
            Map<Mention, Integer> found = new LinkedHashMap<>();
            seen.remove(member);
            collect(parsed, member, index, 0, found, seen);
            Mention person = members.size() >= 2 ? personalAntecedent(parsed, member, index) : null;
            if (person != null) {
                found.put(person, 0);
            }
            if (found.isEmpty()) {
                continue;
            }
            int shallowest = found.values().stream().min(Integer::compare).orElse(0);
            found.forEach((m, d) -> {
                if (d == shallowest && !nations.contains(m)) {
                    nations.add(m);
                }
            });
            depth = depth < 0 ? shallowest : Math.min(depth, shallowest);
        }
        if (nations.isEmpty()) {
            return Found.NONE;
        }
        for (Mention m : List.copyOf(nations)) {
            for (Mention member : listRun(parsed, m, index)) {
                if (nations.stream().noneMatch(n -> n.code().equals(member.code()))) {
                    nations.add(member);
                }
            }
        }
        return new Found(nations, depth);
    }

    /**
     * "flew to Hanoi, where he and Pham Minh Chinh agreed", "Trump said he and Lula had spoken": a personal pronoun
     * joined to another party stands for the last official named before it (a person acting for a state), as a pronoun
     * alone does not: a pronoun subject on its own is left to the speaker rules.
     */
    private static Mention personalAntecedent(ParsedSentence parsed, int token, MentionIndex index) {
        String word = parsed.word(token).toLowerCase(java.util.Locale.ROOT);
        return word.equals("he") || word.equals("she") ? index.officialBefore(token) : null;
    }

    /** Words that may stand between two members of a written list of states: "Israel, the United States and Egypt". */
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the");

    /**
     * The written list of three or more states a mention belongs to, read off the words ("the foreign ministers of Israel,
     * the United States, the UAE, Bahrain and Egypt"), where the parse split it into pieces; empty when the mention is no
     * member of such a list. A list is states joined by commas, the last one by "and" or "or".
     */
    private static List<Mention> listRun(ParsedSentence parsed, Mention start, MentionIndex index) {
        List<Mention> run = new ArrayList<>(List.of(start));
        boolean joined = false;
        for (int direction : new int[] { -1, 1 }) {
            Mention edge = start;
            while (true) {
                int t = direction < 0 ? edge.firstToken() - 1 : edge.lastToken() + 1;
                boolean comma = false;
                boolean and = false;
                int glue = 0;
                while (t >= 0 && LIST_GLUE.contains(parsed.word(t).toLowerCase(java.util.Locale.ROOT))
                        && glue < 3) {
                    String w = parsed.word(t).toLowerCase(java.util.Locale.ROOT);
                    comma |= w.equals(",");
                    and |= w.equals("and") || w.equals("or");
                    t += direction;
                    glue++;
                }
                if (!(comma || and) || t < 0 || parsed.word(t).isEmpty()) {
                    break;
                }
                List<Mention> next = index.at(t);
                if (next.isEmpty()) {
                    break;
                }
                Mention member = next.get(0);
                if ((direction < 0 ? member.lastToken() : member.firstToken()) != t) {
                    break;
                }
                joined |= and;
                run.add(member);
                edge = member;
            }
        }
        long distinct = run.stream().map(Mention::code).distinct().count();
        return joined && distinct >= 3 ? run : List.of();
    }

    /** Relative pronouns that stand for the noun phrase they follow. */
    private static final Set<String> RELATIVES = Set.of("who", "which");
    /** Links inside one noun phrase: "the leaders of France, Germany and Poland". */
    private static final Set<String> PHRASE_LINKS = Set.of("conj", "compound", "flat", "amod", "appos");

    /**
     * "an ultimatum from the leaders of France and Poland, who had demanded during a visit to Kyiv ...": when the parser
     * hangs the relative clause elsewhere, its "who" keeps no antecedent; it stands for the noun phrase that ends right
     * before it (through conjuncts and of-phrases up to the phrase's head).
     */
    private static int antecedent(ParsedSentence parsed, int token) {
        if (!RELATIVES.contains(parsed.word(token).toLowerCase(java.util.Locale.ROOT))) {
            return token;
        }
        int before = token - 1;
        if (before >= 0 && parsed.word(before).equals(",")) {
            before--;
        }
        if (before < 0) {
            return token;
        }
        int head = before;
        for (int step = 0; step < 6; step++) {
            ParsedSentence.Arc up = parsed.treeParent(head);
            if (up == null) {
                break;
            }
            String base = up.relation().contains(":") ? up.relation().substring(0, up.relation().indexOf(':'))
                    : up.relation();
            int child = head;
            boolean ofPhrase = base.equals("nmod") && parsed.treeChildren(child).stream()
                    .anyMatch(a -> a.is("case") && parsed.word(a.token()).equalsIgnoreCase("of"));
            if (!PHRASE_LINKS.contains(base) && !ofPhrase) {
                break;
            }
            head = up.token();
        }
        return head;
    }

    /** Markers of a companion of the act, read by ActorResolver: "alongside Germany", "along with Britain". */
    static final Set<String> COMPANION_MARKERS = Set.of("alongside", "along_with", "together_with");

    /** Numerals that count the parties a definite phrase stands for: "the two countries", "the three allies". */
    private static final Map<String, Integer> PARTY_COUNTS = Map.of("two", 2, "three", 3, "four", 4);

    /**
     * "the two countries", "both sides", "each other", "one another", "the three allies", "the neighbours": how many
     * parties the phrase stands for, 0 when it is no such phrase.
     */
    private static int reciprocal(ParsedSentence parsed, int token) {
        String word = parsed.word(token).toLowerCase(java.util.Locale.ROOT);
        List<ParsedSentence.Arc> children = parsed.treeChildren(token);
        if (word.equals("other") || word.equals("another")) {
            String determiner = word.equals("other") ? "each" : "one";
            return children.stream().anyMatch(a -> parsed.word(a.token()).equalsIgnoreCase(determiner)) ? 2 : 0;
        }
        if (PARTY_COUNTS.containsKey(word)
                && children.stream().anyMatch(a -> a.is("det") && parsed.word(a.token()).equalsIgnoreCase("the"))) {
            return PARTY_COUNTS.get(word); // "where the two agreed", "the three signed": the numeral stands for the parties
        }
        if (word.equals("both") && parsed.treeParent(token) != null && parsed.treeParent(token).is("nsubj")) {
            return 2; // "both pledged"
        }
        String noun = word.endsWith("ies") ? word.substring(0, word.length() - 3) + "y"
                : word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        if (!PAIR_NOUNS.contains(noun) && !PAIR_NOUNS.contains(word)
                && AgentNouns.shared().role(token, parsed::word, parsed::lemma) != AgentNouns.Role.STATE) {
            return 0;
        }
        // "the two countries", "both sides"; but "two Chinese diplomats were expelled" counts people, it names no pair
        boolean definite = children.stream().anyMatch(a -> (a.is("det") || a.is("nmod:poss"))
                && Set.of("the", "these", "their").contains(parsed.word(a.token()).toLowerCase(java.util.Locale.ROOT)));
        for (ParsedSentence.Arc a : children) {
            String w = parsed.word(a.token()).toLowerCase(java.util.Locale.ROOT);
            if (a.is("nummod") && PARTY_COUNTS.containsKey(w) && definite) {
                return PARTY_COUNTS.get(w);
            }
            if (a.is("det") && w.equals("both")) {
                return 2;
            }
        }
        // "where the neighbours agreed": a definite plural of a pair noun of relation, with no count
        boolean plural = !noun.equals(word) && (noun.startsWith("neighbo"));
        boolean bare = children.stream().noneMatch(a -> a.is("amod") || a.is("nummod") || a.is("compound")
                || a.is("nmod"));
        return plural && bare && children.stream()
                .anyMatch(a -> a.is("det") && parsed.word(a.token()).equalsIgnoreCase("the")) ? 2 : 0;
    }

    /** Links from a conjunct's head to the words that name its state: "Somali President Hassan", "Finland's". */
    private static final Set<String> OWN_NAME_LINKS = Set.of("amod", "compound", "nmod:poss", "flat");

    /**
     * The parties a counted phrase ("the two countries", "the three allies") stands for: the last list of exactly that
     * many states joined by "and" before it ("the United States and France ..., the two countries", "Ethiopian Prime
     * Minister Abiy Ahmed and Somali President Hassan Sheikh Mohamud, where the two neighbours agreed"); empty when
     * there is none.
     */
    private static List<Mention> listedParties(ParsedSentence parsed, int anaphor, MentionIndex index, int count) {
        for (int head = anaphor - 1; head >= 0; head--) {
            List<Integer> members = new ArrayList<>(List.of(head));
            for (ParsedSentence.Arc a : parsed.treeChildren(head)) {
                if (a.is("conj") && a.token() < anaphor) {
                    members.add(a.token());
                }
            }
            if (members.size() != count || parsed.treeParent(head) != null && parsed.treeParent(head).is("conj")) {
                continue;
            }
            List<Mention> parties = new ArrayList<>();
            for (int member : members) {
                Mention own = ownState(parsed, member, index, 0);
                if (own == null || parties.stream().anyMatch(m -> m.code().equals(own.code()))) {
                    parties.clear();
                    break;
                }
                parties.add(own);
            }
            if (parties.size() == count) {
                return parties;
            }
        }
        return List.of();
    }

    private static Mention ownState(ParsedSentence parsed, int token, MentionIndex index, int depth) {
        List<Mention> here = index.at(token);
        if (!here.isEmpty()) {
            return here.get(0);
        }
        if (depth >= 2) {
            return null;
        }
        Mention found = null;
        for (ParsedSentence.Arc a : parsed.treeChildren(token)) {
            if (OWN_NAME_LINKS.contains(a.relation()) || a.is("nmod:poss")) {
                Mention m = ownState(parsed, a.token(), index, depth + 1);
                if (m != null) {
                    if (found != null && !found.code().equals(m.code())) {
                        return null; // "the Armenia-Azerbaijan accord" is not one state
                    }
                    found = m;
                }
            }
        }
        return found;
    }

    /**
     * Heads the generated agent lexicon does not list as agents of no state, each with its reason; the rest
     * ("guerrilla", "rebel", "militant", "separatist", "protester", "exile", "jihadist", "smuggler", "pirate",
     * "peacekeeping troops", ...) come from PETRARCH2's agents file through {@link AgentNouns}.
     */
    private static final Set<String> NON_STATE_HEADS = Set.of(
            "opposition", // the file lists only "main/exiled/underground opposition", not "the Syrian opposition"
            "protestor"); // the file spells it "protester" only

    /**
     * "ethnic Albanian guerrillas", "Indian peacekeeping troops": people of a nation who do not act for its state
     * (an agent noun of a rebel, opposition, armed-group, radical or criminal sector, or of an international body).
     */
    private static boolean nonState(ParsedSentence parsed, int head) {
        AgentNouns.Role role = AgentNouns.shared().role(head, parsed::word, parsed::lemma);
        if (role == AgentNouns.Role.NON_STATE || role == AgentNouns.Role.IGO) {
            return true;
        }
        String word = parsed.word(head).toLowerCase(java.util.Locale.ROOT);
        String singular = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return NON_STATE_HEADS.contains(word) || NON_STATE_HEADS.contains(singular);
    }

    /** Nouns of an armed attack, whose "on" or "against" names the state attacked. */
    private static final Set<String> ATTACK_NOUNS = Set.of(
            "attack", "strike", "airstrike", "raid", "air raid", "bombing", "bombardment", "shelling", "invasion",
            "incursion", "offensive", "assault");
    private static final Set<String> ATTACK_VICTIM_MARKERS = Set.of("on", "against", "upon");

    /** An attack noun with its author named as a modifier: "the Israeli strikes", "Russia's invasion". */
    static boolean authoredAttack(ParsedSentence parsed, int token, MentionIndex index) {
        if (!ATTACK_NOUNS.contains(parsed.lemma(token).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return parsed.children(token).stream()
                .anyMatch(a -> (a.is("amod") || a.relation().equals("nmod:poss")) && !index.at(a.token()).isEmpty());
    }

    private void collect(ParsedSentence parsed, int token, MentionIndex index, int depth, Map<Mention, Integer> found,
            Set<Integer> seen) {
        if (!seen.add(token)) {
            return;
        }
        for (Mention m : index.at(token)) {
            found.merge(m, depth, Math::min);
        }
        if (parsed.word(token).equalsIgnoreCase("led") && token >= 2
                && parsed.word(token - 1).equals("-")) {
            // "the Latvian-led coalition", "a U.S.-led force": the leader is named by the phrase as a demonym would be
            for (Mention m : index.at(token - 2)) {
                found.merge(m, depth, Math::min);
            }
        }
        int counted = reciprocal(parsed, token);
        if (counted > 0) {
            // "the two governments signed", "backed each other's bids": the pair the sentence names, or the last list of
            // that many states before the phrase
            List<Mention> parties = listedParties(parsed, token, index, counted);
            if (parties.isEmpty() && counted == 2) {
                parties = index.sentencePair();
            }
            for (Mention m : parties) {
                found.merge(m, depth, Math::min);
            }
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        boolean authoredAttack = authoredAttack(parsed, token, index);
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            String relation = arc.relation();
            String base = relation.contains(":") ? relation.substring(0, relation.indexOf(':')) : relation;
            if (base.equals("amod") && nonState(parsed, token)) {
                continue;
            }
            if (authoredAttack && base.equals("nmod") && ATTACK_VICTIM_MARKERS.contains(arc.marker())) {
                // "condemned the Israeli strikes on Syria": the phrase names the attacker; the state attacked is
                // the act's victim, not a party to what is said about the act
                continue;
            }
            if (arc.token() == token - 2 && parsed.word(token - 1).equals("-")
                    && ActorResolver.hostingParticiple(parsed.word(token))) {
                continue; // "a Qatari-mediated ceasefire": the broker is no party of the ceasefire (ActorResolver.hosts)
            }
            if (base.equals("nmod")
                    && (arc.marker().equals("over") || arc.marker().equals("about"))) {
                continue; // "Japan's sanctions over Ukraine", "a row over Taiwan": what the act is about, not its party
            }
            if (base.equals("nmod") && COMPANION_MARKERS.contains(arc.marker())) {
                continue; // "condemned the test alongside Germany": a companion of the act, not part of what it names
            }
            if (PHRASE_RELATIONS.contains(base) && !arc.marker().equals("agent") && !arc.marker().equals("relcl")) {
                // a conjunct is as much the phrase as its first member, and so is the first state of a hyphenated
                // pair ("the Armenia-Azerbaijan peace agreement", "the Saudi-Iranian accord")
                int child = arc.token();
                boolean hyphenPair = (base.equals("compound") || base.equals("amod")) && parsed.treeChildren(token).stream()
                        .anyMatch(a -> a.is("punct") && parsed.word(a.token()).equals("-") && a.token() > child
                                && a.token() < token)
                        && !index.at(child).isEmpty() && !index.at(token).isEmpty();
                collect(parsed, child, index, base.equals("conj") || hyphenPair ? depth : depth + 1, found, seen);
            }
        }
    }
}
