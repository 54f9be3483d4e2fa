package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * A state's judgement of another state's act told in a clause of its own, which the trigger's own arguments do not
 * reach (DISAPPROVE, CAMEO 111): a negative naming ("..., calling the seizure illegal", "a move India's foreign
 * ministry called 'unfair'", "describing the manoeuvre as unsafe"), a condemnation of an act whose doer another clause
 * names ("Doha condemned the attack", "prompting Tokyo to condemn the launch") and a reaction an act drew ("drew sharp
 * criticism from Egypt"). The judge acts upon the doer of the judged act.
 */
final class Judgements {

    /** Verbs that name a thing as something: judging when what they name it is negative. */
    static final Set<String> NAMING = Set.of(
            "call", "describe", "brand", "label", "term", "dub", "characterize", "characterise", "deride");

    /** Verbs of condemning: judging whatever they name. */
    private static final Set<String> CONDEMNING = Set.of(
            "condemn", "denounce", "deplore", "decry", "criticize", "criticise", "slam", "deride", "lambaste", "castigate");

    /** Verbs by which an act draws a reaction: "drew sharp criticism from Egypt". */
    private static final Set<String> DRAWING = Set.of(
            "draw", "provoke", "spark", "trigger", "attract", "earn", "elicit", "prompt", "bring", "meet");

    /** Nouns of a hostile reaction (CAMEO 11: criticize, condemn, express outrage or anger). */
    private static final Set<String> REACTIONS = Set.of(
            "criticism", "condemnation", "rebuke", "outrage", "anger", "ire", "fury", "backlash", "censure",
            "reproach", "denunciation", "indignation");
    /** "drew an angry response from Moscow": a neutral reaction noun made hostile by its adjective. */
    private static final Set<String> RESPONSES = Set.of("response", "reaction", "reply");
    private static final Set<String> HOSTILE = Set.of(
            "angry", "furious", "sharp", "strong", "harsh", "stern", "fierce", "hostile", "indignant", "scathing");

    /**
     * Words by which a naming condemns: the CAMEO dictionary's own (CALL ILLEGITIMATE / UNJUSTIFIED / DICTATOR / A DEVIL
     * / LIAR / CRIMINAL / TORTURER, DESCRIBE AS MISTAKE / DISASTER / LAWLESS, BRAND KIDNAPPING / TERRORIST) and the
     * words of censure wire reports quote ("unfair", "a flagrant violation", "an act of war", "regrettable").
     */
    static final Set<String> NEGATIVE = Set.of(
            // CAMEO 110-1123 namings
            "illegitimate", "unjustified", "dictator", "devil", "monkey", "liar", "criminal", "torturer", "mistake",
            "disaster", "lawless", "detriment", "terrorist", "kidnapping",
            // hand list: words of censure
            "illegal", "unlawful", "unacceptable", "unfair", "unjust", "unreasonable", "irresponsible", "provocative",
            "provocation", "dangerous", "reckless", "aggressive", "aggression", "hostile", "unfriendly", "unsafe",
            "unprofessional", "regrettable", "deplorable", "despicable", "outrageous", "disgrace", "disgraceful",
            "shameful", "baseless", "groundless", "absurd", "ludicrous", "violation", "breach", "threat", "crime",
            "interference", "meddling", "blackmail", "piracy", "terrorism", "genocide", "invasion", "insult", "farce",
            "stunt", "sham", "betrayal", "fascist", "racist", "parasite", "escalation", "destabilizing",
            "destabilising", "unwarranted", "unprovoked", "arbitrary", "inhumane", "barbaric", "brutal", "cynical",
            "hypocritical", "counterproductive", "lie", "propaganda", "slander", "smear", "fabrication", "nonsense",
            "catastrophe", "atrocity", "massacre", "war", "disappointing", "baffling", "incomprehensible", "blow",
            "attack", "aggressor", "bully", "thug", "hooligan", "gangster", "pirate", "unilateral", "null");

    private final PhraseNations phrase = new PhraseNations();

    /** Whether a sentence holds a word this class reads, so a sentence without other triggers is still parsed. */
    static boolean mayHold(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String lemma = TriggerLexicon.lemma(token);
            if (NAMING.contains(lemma) || REACTIONS.contains(lemma) || RESPONSES.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** A judgement found: the judge, the judged act's doer, and the word that tells it. */
    record Judgement(List<Mention> judges, List<Mention> doers, int head, int reaction, boolean naming) {
    }

    List<Judgement> find(SentenceContext sentence, ParsedSentence parsed) {
        List<CoreLabel> tokens = sentence.tokens();
        MentionIndex index = new MentionIndex(sentence, false);
        List<Judgement> found = new ArrayList<>();
        for (int v = 0; v < tokens.size(); v++) {
            if (!ActorResolver.tag(tokens, v).startsWith("VB")) {
                continue;
            }
            String lemma = TriggerLexicon.lemma(tokens.get(v));
            if (NAMING.contains(lemma) && (negativeNaming(parsed, v, tokens) || CONDEMNING.contains(lemma))) {
                judged(parsed, v, tokens, index, sentence, found, !CONDEMNING.contains(lemma));
            } else if (CONDEMNING.contains(lemma)) {
                judged(parsed, v, tokens, index, sentence, found, false);
            } else if (DRAWING.contains(lemma)) {
                drawn(parsed, v, tokens, index, found);
            }
        }
        return found;
    }

    /** "called the seizure illegal", "described the manoeuvre as unsafe", "a move X called 'unfair'". */
    private static boolean negativeNaming(ParsedSentence parsed, int verb, List<CoreLabel> tokens) {
        if (negated(parsed, verb)) {
            return false;
        }
        List<Integer> names = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("xcomp") || ((arc.is("obl") || arc.is("advcl")) && arc.marker().equals("as"))) {
                names.add(arc.token());
            }
        }
        if (names.isEmpty() && !TriggerLexicon.lemma(tokens.get(verb)).equals("describe")) {
            // "called Kosovo's ban on the dinar a provocation", "called China's drills around Taiwan irresponsible": the
            // parser often hangs the name inside the object's phrase, as a trailing "dep" or a post-nominal adjective
            for (ParsedSentence.Arc arc : parsed.treeChildren(verb)) {
                if (arc.is("obj")) {
                    trailingNames(parsed, arc.token(), names, 0);
                }
            }
        }
        for (int name : names) {
            if (negated(parsed, name)) {
                continue;
            }
            if (negativeWord(parsed, name)) {
                return true;
            }
            for (ParsedSentence.Arc arc : parsed.children(name)) {
                boolean modifier = arc.is("amod") || arc.is("conj") || arc.is("compound")
                        || (arc.is("nmod") && arc.marker().equals("of"));
                if (modifier && negativeWord(parsed, arc.token())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void trailingNames(ParsedSentence parsed, int token, List<Integer> names, int depth) {
        if (depth > 4) {
            return;
        }
        for (ParsedSentence.Arc arc : parsed.treeChildren(token)) {
            if (arc.relation().equals("dep") || (arc.is("amod") && arc.token() > token)) {
                names.add(arc.token());
            } else if (arc.is("nmod") || arc.is("compound") || arc.is("conj")) {
                trailingNames(parsed, arc.token(), names, depth + 1);
            }
        }
    }

    private static boolean negativeWord(ParsedSentence parsed, int token) {
        String word = parsed.word(token).toLowerCase(Locale.ROOT);
        return NEGATIVE.contains(word) || NEGATIVE.contains(parsed.lemma(token).toLowerCase(Locale.ROOT));
    }

    private static boolean negated(ParsedSentence parsed, int token) {
        for (ParsedSentence.Arc arc : parsed.children(token)) {
            if (arc.is("neg") || (arc.is("advmod") && Set.of("not", "n't", "never").contains(
                    parsed.word(arc.token()).toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** The judge of a verb of judging and the doer of what it judges. */
    private void judged(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index,
            SentenceContext sentence, List<Judgement> found, boolean naming) {
        if (parsed.children(verb).stream().anyMatch(a -> (a.is("obl") || a.is("advmod") || a.is("compound:prt"))
                && Set.of("into", "onto", "down", "shut").contains(a.marker().isEmpty()
                        ? parsed.word(a.token()).toLowerCase(Locale.ROOT)
                        : a.marker()))) {
            return; // "a missile slammed into a hospital": a blow, not a judgement
        }
        ParsedSentence.Arc up = parsed.treeParent(verb);
        if (up != null && TriggerSelection.CLAIMS.contains(parsed.lemma(up.token()).toLowerCase(Locale.ROOT))) {
            return; // "an allegation the White House called 'ludicrous'" rejects a claim (DeniedClaims)
        }
        List<Mention> judges = judges(parsed, verb, tokens, index);
        if (judges.isEmpty()) {
            return;
        }
        Set<String> judgeCodes = Counterparts.codes(judges);
        Integer object = object(parsed, verb);
        if (object != null && !Counterparts.pronoun(tokens, object)) {
            List<Mention> doers = ownNations(parsed, object, index, judgeCodes);
            if (doers.isEmpty()) {
                doers = Counterparts.others(phrase.in(parsed, object, index), judgeCodes);
            }
            if (!doers.isEmpty() || ActorResolver.tag(tokens, object).startsWith("NNP")) {
                if (!doers.isEmpty() && naming) {
                    // a verb of condemning with a named object is the trigger resolver's: read it once
                    found.add(new Judgement(judges, doers, verb, -1, naming));
                }
                return; // a named object without a state is no act's doer
            }
        }
        if (object != null && up != null && up.is("acl") && !up.relation().equals("acl:relcl")
                && !REACTIONS.contains(parsed.lemma(up.token()).toLowerCase(Locale.ROOT))
                && !Counterparts.codes(phrase.in(parsed, up.token(), index)).isEmpty()) {
            return; // "remarks by Lebanon's minister criticising the war": the judge's own phrase, no act above it
        }
        List<Mention> doers = object != null && Counterparts.pronoun(tokens, object)
                ? antecedentStates(parsed, verb, tokens, index, judgeCodes)
                : List.of();
        if (doers.isEmpty()) {
            doers = doers(parsed, verb, tokens, index, judgeCodes);
        }
        if (!doers.isEmpty()) {
            found.add(new Judgement(judges, doers, verb, -1, naming));
        }
    }

    /** The verb's object, or the subject of its small clause: "called Pakistan's statement baseless". */
    private static Integer object(ParsedSentence parsed, int verb) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("obj")) {
                return arc.token();
            }
        }
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("xcomp")) {
                for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                    if (inner.is("nsubj") && !inner.relation().startsWith("nsubj:xsubj")) {
                        return inner.token();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "declared void the memorandum signed between Ethiopia and Somaliland, calling it a violation", "summoned the
     * ambassadors of Britain, France and Germany ..., calling it illegal": "it" stands for what the clause above acted
     * upon, and its states did it.
     */
    private List<Mention> antecedentStates(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index,
            Set<String> judgeCodes) {
        ParsedSentence.Arc up = parsed.treeParent(verb);
        if (up == null || !ActorResolver.tag(tokens, up.token()).startsWith("VB")) {
            return List.of();
        }
        for (ParsedSentence.Arc arc : parsed.children(up.token())) {
            if (arc.is("obj") && arc.token() != verb) {
                List<Mention> found = Counterparts.others(phrase.in(parsed, arc.token(), index), judgeCodes);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** The judge: the verb's subject, or for a participle without one, the subject of the clause it hangs on. */
    private List<Mention> judges(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if ((arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) || arc.marker().equals("agent")) {
                return phrase.in(parsed, arc.token(), index);
            }
        }
        ParsedSentence.Arc up = parsed.treeParent(verb);
        if (up == null) {
            return List.of();
        }
        if (up.is("acl") && ActorResolver.tag(tokens, up.token()).startsWith("NN")) {
            // "a move India's foreign ministry called 'unfair'": the parser hangs the verb on its subject
            return phrase.in(parsed, up.token(), index);
        }
        if ("VBG".equals(ActorResolver.tag(tokens, verb)) && (up.is("advcl") || up.relation().equals("dep")
                || up.is("xcomp") || up.is("conj"))) {
            for (ParsedSentence.Arc arc : parsed.children(up.token())) {
                if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                    return phrase.in(parsed, arc.token(), index);
                }
            }
        }
        return List.of();
    }

    /**
     * The doer of the judged act when the verb's own object names none: the act noun a clause hangs on ("a move ..."),
     * else the states acting in the clauses above it or beside it ("Iran fired missiles ... and Doha condemned the
     * attack", "North Korea fired ..., prompting Tokyo to condemn the launch", "Canberra said a Chinese jet released
     * flares ..., describing the manoeuvre as unsafe").
     */
    private List<Mention> doers(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index,
            Set<String> judgeCodes) {
        int from = verb;
        int current = verb;
        for (int steps = 0; steps < 6; steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                break;
            }
            from = current;
            current = up.token();
            String tag = ActorResolver.tag(tokens, current);
            if (tag.startsWith("NN")) {
                if (!(up.is("acl") || up.relation().equals("dep") || up.is("appos"))) {
                    continue; // a noun the clause is only joined to, not one it tells of
                }
                // the act noun itself: "Turkey's purchase", "the Russian strike"
                List<Mention> own = ownNations(parsed, current, index, judgeCodes);
                if (!own.isEmpty()) {
                    return own;
                }
                continue;
            }
            if (!tag.startsWith("VB")) {
                continue;
            }
            List<Mention> subject = subjectStates(parsed, current, index, judgeCodes);
            if (!subject.isEmpty()) {
                return subject;
            }
            for (ParsedSentence.Arc arc : parsed.treeChildren(current)) {
                if (arc.token() == from || !(arc.is("ccomp") || arc.is("advcl") || arc.is("parataxis"))
                        || !ActorResolver.tag(tokens, arc.token()).startsWith("VB")) {
                    continue;
                }
                List<Mention> told = subjectStates(parsed, arc.token(), index, judgeCodes);
                if (!told.isEmpty()) {
                    return told;
                }
            }
        }
        // "a step Netanyahu denounced" parsed with the noun under the verb: the clause the verb hangs on acts
        return List.of();
    }

    /** The states the noun itself names as its owner: a possessor, a demonym, a compound, a "by" agent. */
    private List<Mention> ownNations(ParsedSentence parsed, int noun, MentionIndex index, Set<String> judgeCodes) {
        List<Mention> own = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(noun)) {
            if (arc.is("nmod:poss") || arc.is("amod") || arc.is("compound")
                    || ((arc.is("nmod") || arc.is("acl")) && (arc.marker().equals("by") || arc.marker().equals("agent")))) {
                own.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
        return Counterparts.others(own, judgeCodes);
    }

    private List<Mention> subjectStates(ParsedSentence parsed, int verb, MentionIndex index, Set<String> judgeCodes) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                List<Mention> found = Counterparts.others(phrase.in(parsed, arc.token(), index), judgeCodes);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /** "drew sharp criticism from Egypt", "drawing outrage from Germany's Olaf Scholz", "drawing Baghdad's ire". */
    private void drawn(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index, List<Judgement> found) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            if (!arc.is("obj") || !reaction(parsed, arc.token())) {
                continue;
            }
            int noun = arc.token();
            List<Mention> judges = new ArrayList<>();
            List<Mention> doers = new ArrayList<>();
            for (int holder : List.of(noun, verb)) {
                for (ParsedSentence.Arc inner : parsed.children(holder)) {
                    boolean owner = holder == noun && inner.relation().equals("nmod:poss");
                    if (owner || (inner.is("nmod") || inner.is("obl")) && inner.marker().equals("from")) {
                        // "drew a rebuke from Beijing", and the owner of the reaction: "drawing Baghdad's ire"
                        judges.addAll(phrase.in(parsed, inner.token(), index));
                    } else if (holder == noun && inner.is("nmod") && inner.marker().equals("of")) {
                        doers.addAll(phrase.in(parsed, inner.token(), index));
                    }
                }
            }
            if (judges.isEmpty()) {
                continue;
            }
            Set<String> judgeCodes = Counterparts.codes(judges);
            doers = Counterparts.others(doers, judgeCodes);
            if (doers.isEmpty()) {
                doers = drawer(parsed, verb, tokens, index, judgeCodes);
            }
            if (!doers.isEmpty()) {
                found.add(new Judgement(judges, doers, verb, noun, false));
            }
        }
    }

    /**
     * Whose act drew the reaction: the owner the subject noun names ("Ethiopia's decision", "the visit by Bangladesh's
     * leader"), or for a participle ("..., drawing a furious response from China") the subject of the clause it ends.
     * No further: a reaction whose act names no state is not read.
     */
    private List<Mention> drawer(ParsedSentence parsed, int verb, List<CoreLabel> tokens, MentionIndex index,
            Set<String> judgeCodes) {
        int clause = verb;
        ParsedSentence.Arc up = parsed.treeParent(verb);
        if ("VBG".equals(ActorResolver.tag(tokens, verb)) && up != null
                && (up.is("advcl") || up.relation().equals("dep") || up.is("xcomp") || up.is("conj"))
                && ActorResolver.tag(tokens, up.token()).startsWith("VB")) {
            clause = up.token();
        }
        // every conjoined subject did the act: "Canada's HMCS Ottawa and a US destroyer sailed ..., drawing a rebuke"
        List<Mention> doers = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                List<Mention> own = ownNations(parsed, arc.token(), index, judgeCodes);
                if (own.isEmpty() && !ActorResolver.tag(tokens, arc.token()).startsWith("NN")) {
                    continue;
                }
                if (own.isEmpty() && ActorResolver.tag(tokens, arc.token()).startsWith("NNP")) {
                    own = Counterparts.others(phrase.in(parsed, arc.token(), index), judgeCodes);
                }
                doers.addAll(own);
            }
        }
        return doers;
    }

    private static boolean reaction(ParsedSentence parsed, int noun) {
        String lemma = parsed.lemma(noun).toLowerCase(Locale.ROOT);
        if (REACTIONS.contains(lemma)) {
            return true;
        }
        return RESPONSES.contains(lemma) && parsed.children(noun).stream()
                .anyMatch(a -> a.is("amod") && HOSTILE.contains(parsed.word(a.token()).toLowerCase(Locale.ROOT)));
    }
}
