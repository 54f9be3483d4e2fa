package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which triggers of a sentence speak for an event. One rule per word (the most specific);
 * a noun that is the object of a trigger verb is the same event ("aid was pledged": the heavier
 * rule wins); and a trigger embedded in what another trigger says, wants or refuses ("threatened
 * to cut ties", "rejected an offer of talks") is not an event of its own.
 */
final class TriggerSelection {

    private static final Set<String> SAME_EVENT_LINKS = Set.of("obj", "nsubj:pass", "nsubj", "iobj");

    List<TriggerMatch> select(List<TriggerMatch> triggers, SentenceContext sentence, ParsedSentence parsed) {
        Map<Integer, TriggerMatch> perAnchor = new LinkedHashMap<>();
        for (TriggerMatch trigger : triggers) {
            if (insideMention(trigger, sentence) || absent(trigger, parsed) || modifier(trigger, parsed)
                    || thingTravels(trigger, sentence, parsed) || unarmed(trigger, parsed)
                    || unclaimed(trigger, sentence, parsed) || partnered(trigger, sentence, parsed)
                    || noRetreat(trigger, sentence, parsed) || unowned(trigger, sentence, parsed)
                    || unrefused(trigger, parsed)) {
                continue;
            }
            perAnchor.merge(anchor(trigger, parsed), trigger, TriggerSelection::stronger);
        }
        if (parsed == null) {
            return new ArrayList<>(perAnchor.values());
        }
        refusedByTheirRow(perAnchor, parsed);
        List<Integer> anchors = new ArrayList<>(perAnchor.keySet());
        for (Integer child : List.copyOf(anchors)) {
            ParsedSentence.Arc up = parsed.treeParent(child);
            if (up != null && SAME_EVENT_LINKS.contains(up.relation()) && perAnchor.containsKey(up.token())
                    && !ownedAsking(perAnchor.get(child), sentence, parsed)) {
                TriggerMatch outer = perAnchor.get(up.token());
                TriggerMatch inner = perAnchor.get(child);
                if (judgedAgreement(inner, outer, sentence, parsed)) {
                    continue;
                }
                if (inner.rule().weight() > outer.rule().weight()) {
                    perAnchor.remove(up.token());
                } else {
                    perAnchor.remove(child);
                }
            }
        }
        List<TriggerMatch> selected = new ArrayList<>();
        for (Map.Entry<Integer, TriggerMatch> entry : perAnchor.entrySet()) {
            // "..., a charge the Kremlin denied" answers the claim; the parse often hangs it under the claim's clause
            boolean answer = entry.getValue().rule().type() == PloverType.REJECT
                    && DeniedClaims.claimBefore(sentence.tokens(), entry.getValue().head()) >= 0;
            boolean asking = ownedAsking(entry.getValue(), sentence, parsed);
            // "summoned Iran's ambassador to demand an explanation": the purpose is carried out at the contact
            int contact = ContactPurposes.contact(parsed, entry.getKey(), sentence.tokens(), perAnchor);
            boolean embedded = !answer && perAnchor.keySet().stream()
                    .anyMatch(other -> !other.equals(entry.getKey()) && other != contact && parsed.embeds(other, entry.getKey(),
                            entry.getValue().rule().type() != PloverType.CONSULT)
                            && !judgedAgreement(entry.getValue(), perAnchor.get(other), sentence, parsed)
                            && !asking);
            if (!embedded) {
                selected.add(entry.getValue());
            }
        }
        return selected;
    }

    /** Verbs of judging an act someone else did: "a move Kinshasa denounced", "an attack condemned by Iran". */
    static final Set<String> ATTITUDES = Set.of(
            "welcome", "hail", "praise", "applaud", "commend", "laud", "salute", "condemn", "criticize", "criticise",
            "denounce", "deplore", "reject", "oppose", "support", "back", "endorse", "slam", "dismiss", "refuse", "deny",
            "refute", "deride");

    /**
     * "welcomed the ceasefire agreement between Armenia and Azerbaijan", "hailed the peace deal between Ethiopia and
     * Eritrea": an agreement that names its own parties is their event, whoever judges it; the judge speaks for itself.
     */
    private static boolean judgedAgreement(TriggerMatch inner, TriggerMatch outer, SentenceContext sentence,
            ParsedSentence parsed) {
        if (inner.rule().type() == outer.rule().type()
                || !ActorResolver.tag(sentence.tokens(), inner.head()).startsWith("NN")) {
            return false;
        }
        PloverType judge = outer.rule().type();
        boolean judging = ATTITUDES.contains(TriggerLexicon.lemma(sentence.tokens().get(outer.head())))
                || judge == PloverType.SUPPORT || judge == PloverType.DISAPPROVE || judge == PloverType.PROTEST;
        if (!judging) {
            return false;
        }
        // "condemned Russia's invasion of Ukraine", "praised Qatar's mediation between ...", "protested Pyongyang's
        // seizure of a fishing boat", "the seizure of a tanker by Iran": an act with its own doer is that doer's event
        // (a request or demand answered by a refusal stays one REJECT toward the asker: ownedAsking)
        return inner.rule().type() == PloverType.AGREE ? ownParties(inner.head(), sentence, parsed)
                : !ASKING.contains(TriggerLexicon.lemma(sentence.tokens().get(inner.head())))
                        && ownDoer(inner.head(), sentence, parsed);
    }

    /** A noun whose possessor or "by" phrase names a state: "Russia's invasion", "the seizure of a tanker by Iran". */
    private static boolean ownDoer(int noun, SentenceContext sentence, ParsedSentence parsed) {
        for (ParsedSentence.Arc arc : parsed.children(noun)) {
            boolean doer = arc.relation().equals("nmod:poss")
                    || ((arc.is("nmod") || arc.is("obl")) && (arc.marker().equals("by") || arc.marker().equals("agent")));
            int token = arc.token();
            if (doer && sentence.mentions().stream().anyMatch(m -> m.isNation() && m.covers(token))) {
                return true;
            }
        }
        return false;
    }

    /** A noun with its parties hung on it: "the agreement between A and B". */
    private static boolean ownParties(int noun, SentenceContext sentence, ParsedSentence parsed) {
        // "the Armenia-Azerbaijan peace deal", "the Saudi-Iranian accord": two states named on the noun itself
        java.util.Set<String> named = new java.util.HashSet<>();
        for (ParsedSentence.Arc arc : parsed.treeChildren(noun)) {
            if (arc.is("compound") || arc.is("amod")) {
                int word = arc.token();
                sentence.mentions().stream().filter(m -> m.isNation() && m.firstToken() <= word + 2 && m.lastToken() >= word - 2
                        && m.lastToken() < noun).forEach(m -> named.add(m.code()));
            }
        }
        if (named.size() >= 2) {
            return true;
        }
        for (ParsedSentence.Arc arc : parsed.children(noun)) {
            if ((arc.is("nmod") || arc.is("obl")) && (arc.marker().equals("between") || arc.marker().equals("among"))) {
                int party = arc.token();
                if (sentence.mentions().stream().anyMatch(m -> m.isNation() && m.covers(party))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns of a claim one state makes about another: denying one rejects it, toward its maker. */
    static final Set<String> CLAIMS = Set.of("accusation", "allegation", "charge", "claim", "assertion", "suggestion");

    /** For one word, the most specific rule; "must" frames the verb it governs, so it wins there. */
    private static TriggerMatch stronger(TriggerMatch a, TriggerMatch b) {
        if (a.rule().subjectIsTarget() != b.rule().subjectIsTarget()) {
            return a.rule().subjectIsTarget() ? a : b;
        }
        if (a.rule().refusalOnly() != b.rule().refusalOnly()) {
            return a.rule().refusalOnly() ? a : b; // refused, so not the acceptance or the yielding the others read
        }
        return a.rule().weight() >= b.rule().weight() ? a : b;
    }

    /** Where a trigger sits in the tree: "must" stands for the verb it governs. */
    static int anchor(TriggerMatch trigger, ParsedSentence parsed) {
        if (parsed != null && trigger.rule().subjectIsTarget()) {
            ParsedSentence.Arc up = parsed.treeParent(trigger.head());
            if (up != null) {
                return up.token();
            }
        }
        return trigger.head();
    }

    /** Verbs of coming and going that are a visit only when a person or a state travels. */
    private static final Set<String> TRAVEL = Set.of("arrive", "fly", "travel", "land", "tour", "come");
    /**
     * Heads of a subject that stand for visiting people ("the Turkish foreign minister arrived in Cairo") beside the
     * agent nouns of a government, legislature or judiciary sector in the generated agent lexicon (minister,
     * president, ambassador, envoy, lawmaker, ...); each row says why the lexicon does not give it.
     */
    private static final Set<String> VISITORS = Set.of(
            // not in the file alone
            "leader", "queen", "emir", "sultan", "sheikh", "secretary", "official", "delegation", "counterpart", "pope",
            "chief", "head", "vice", "mediator", "negotiator", "speaker", "adviser", "advisor", "representative",
            "spokesman", "spokeswoman", // the file gives them the media sector
            "deputy", // the file gives it the police sector
            "general", "commander"); // military ranks: a visiting general is a visit, arriving troops are not
    private static final Set<String> VISITING_SECTORS = Set.of("GOV", "LEG", "JUD");

    /**
     * "Russian paratroopers arrived in Kazakhstan", "a consignment of vaccine arrived in Cairo", "jets flown into
     * Belgrade": troops and goods that arrive are not a visit (that would be CONSULT); people and states are.
     */
    private static boolean thingTravels(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || trigger.rule().type() != PloverType.CONSULT || trigger.rule().elements().size() != 1
                || !TRAVEL.contains(TriggerLexicon.lemma(sentence.tokens().get(trigger.head())))) {
            return false;
        }
        if (flownThing(trigger, sentence, parsed)) {
            return true;
        }
        int subject = -1;
        for (ParsedSentence.Arc arc : parsed.treeChildren(trigger.head())) {
            if (arc.is("nsubj")) {
                subject = arc.token();
            }
            if (arc.is("obj") && !TriggerLexicon.lemma(sentence.tokens().get(trigger.head())).equals("tour")) {
                return true; // "flying F-16 jets", "flew tonnes of aid": what is flown travels, not a visitor
            }
        }
        ParsedSentence.Arc up = parsed.treeParent(trigger.head());
        if (subject < 0 && up != null && up.is("acl")) {
            subject = up.token(); // "systems, flown into Belgrade by ..."
        }
        if (subject < 0 && up != null && up.relation().equals("dep")) {
            // "A consignment of vaccine donated by China arrived in Cairo": the parser hung the verb on the participle
            // before it, whose subject is the one that travels
            for (ParsedSentence.Arc arc : parsed.treeChildren(up.token())) {
                if (arc.is("nsubj")) {
                    subject = arc.token();
                }
            }
        }
        if (subject < 0) {
            return false;
        }
        int head = subject;
        if (sentence.mentions().stream().anyMatch(m -> m.covers(head))) {
            return false; // "Russia's president", "Erdogan", "Ankara": a state or its official
        }
        String ner = sentence.tokens().get(subject).ner();
        if ("PERSON".equals(ner)) {
            return false;
        }
        String word = TriggerLexicon.lemma(sentence.tokens().get(subject));
        AgentNouns.Agent agent = AgentNouns.shared().find(sentence.tokens(), subject);
        boolean visitor = VISITORS.contains(word) || (agent != null && agent.sector().length() >= 3
                && VISITING_SECTORS.contains(agent.sector().substring(0, 3)));
        return !visitor && !ActorResolver.tag(sentence.tokens(), subject).startsWith("PRP");
    }

    /**
     * "drones had been flown on Moscow's behalf", "systems flown into Belgrade by Chinese planes": what is flown (a passive
     * or a participle without auxiliary) is cargo, not a visitor.
     */
    private static boolean flownThing(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (!TriggerLexicon.lemma(sentence.tokens().get(trigger.head())).equals("fly")
                || !"VBN".equals(ActorResolver.tag(sentence.tokens(), trigger.head()))) {
            return false;
        }
        List<ParsedSentence.Arc> children = parsed.treeChildren(trigger.head());
        return children.stream().anyMatch(a -> a.is("aux:pass")) || children.stream().noneMatch(a -> a.is("aux"));
    }

    /** "sanctions hit the economy", "hammered out a deal": a verb of impact without weapons or forces is no attack. */
    private static boolean unarmed(TriggerMatch trigger, ParsedSentence parsed) {
        return trigger.rule().armedOnly() && (parsed == null || !ArmedForces.engaged(parsed, trigger.head()));
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never");

    /** A refusal-only verb ("accept") whose head has no "not" or "never": "accepted the offer" refuses nothing. */
    private static boolean unrefused(TriggerMatch trigger, ParsedSentence parsed) {
        if (!trigger.rule().refusalOnly()) {
            return false;
        }
        if (parsed == null) {
            return true;
        }
        if (parsed.treeChildren(trigger.head()).stream().anyMatch(
                a -> (a.is("advmod") || a.is("neg"))
                        && NEGATORS.contains(parsed.word(a.token()).toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        // "refused to rule out force", "declined to accept the ruling": the verb of refusing says "not" for the head
        ParsedSentence.Arc up = parsed.treeParent(trigger.head());
        return up == null || !up.is("xcomp") || !REFUSING.contains(parsed.lemma(up.token()).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "refused to rule out force": the verb of refusing is the "not" of an N row below it, not a refusal of its own, so
     * its trigger yields to the row's (which would otherwise be embedded under it and dropped).
     */
    private static void refusedByTheirRow(Map<Integer, TriggerMatch> perAnchor, ParsedSentence parsed) {
        for (TriggerMatch trigger : List.copyOf(perAnchor.values())) {
            if (!trigger.rule().refusalOnly()) {
                continue;
            }
            ParsedSentence.Arc up = parsed.treeParent(trigger.head());
            if (up != null && up.is("xcomp")
                    && REFUSING.contains(parsed.lemma(up.token()).toLowerCase(java.util.Locale.ROOT))) {
                perAnchor.remove(up.token());
            }
        }
    }

    /** Verbs whose infinitive is refused: the N rows' "not" said by a verb. */
    private static final Set<String> REFUSING = Set.of("refuse", "decline");

    /** A claim-only verb ("deny") with no accusation, allegation, charge or claim as its object or its noun. */
    private static boolean unclaimed(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (!trigger.rule().claimOnly()) {
            return false;
        }
        if (parsed == null) {
            return true;
        }
        int head = trigger.head();
        if (DeniedClaims.claimBefore(sentence.tokens(), head) >= 0
                || DeniedClaims.accusationBefore(sentence.tokens(), head) >= 0) {
            return false;
        }
        if (parsed.treeChildren(head).stream().anyMatch(a -> a.is("obj") && CLAIMS.contains(parsed.lemma(a.token())))) {
            return false;
        }
        ParsedSentence.Arc up = parsed.treeParent(head);
        return !(up != null && CLAIMS.contains(parsed.lemma(up.token())) && parsed.judgesItsNoun(head));
    }

    /** Words that bring a partner into drills: "joint drills", "exercises with Russia", "drilled alongside". */
    private static final Set<String> PARTNER_WORDS = Set.of(
            "with", "joint", "jointly", "together", "alongside", "combined", "bilateral", "trilateral", "multinational",
            "allied", "partner");

    /**
     * "launched drills around Taiwan" is a show of force at Taiwan (MOBILIZE), but "held joint drills near Japan" or
     * "Russia and China held drills near Alaska" are exercises of partners (COOPERATE): a rule flagged U speaks only
     * when no partner word is near it and its subject is not a list.
     */
    private static boolean partnered(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (!trigger.rule().alone()) {
            return false;
        }
        List<edu.stanford.nlp.ling.CoreLabel> tokens = sentence.tokens();
        for (int t = Math.max(0, trigger.firstToken() - 4); t <= Math.min(tokens.size() - 1, trigger.lastToken() + 8); t++) {
            String lemma = TriggerLexicon.lemma(tokens.get(t));
            boolean borderWith = lemma.equals("with") && t > 0
                    && Set.of("border", "frontier", "boundary").contains(TriggerLexicon.lemma(tokens.get(t - 1)));
            if (PARTNER_WORDS.contains(lemma) && !borderWith) {
                return true;
            }
        }
        if (parsed == null) {
            return false;
        }
        // the verb whose subject holds the exercise: its own head, or the verb a nominal trigger is the object of
        int verb = trigger.head();
        ParsedSentence.Arc up = parsed.treeParent(verb);
        if (!ActorResolver.tag(tokens, verb).startsWith("VB") && up != null) {
            verb = up.token();
        }
        for (ParsedSentence.Arc arc : parsed.treeChildren(verb)) {
            if (arc.is("nsubj") && parsed.treeChildren(arc.token()).stream().anyMatch(a -> a.is("conj"))) {
                return true;
            }
        }
        return false;
    }

    /** Things let out or published, not captives let go: "released a report", "released flares". */
    private static final Set<String> RELEASED_THINGS = Set.of(
            "report", "statement", "video", "footage", "data", "figure", "flare", "balloon", "water", "document",
            "detail", "image", "recording", "album", "film", "book", "transcript", "result", "photo", "photograph",
            "guideline", "map", "text", "letter", "communique", "finding", "picture", "audio", "tape", "record", "list",
            "smoke", "gas", "chemical", "missile", "rocket", "projectile", "torpedo", "drone", "brochure", "paper",
            "study", "survey", "forecast", "estimate", "schedule", "version", "update", "song", "trailer", "draft");
    /** Gatherings one leaves without withdrawing from anywhere: "pulled out of a summit in Tunis". */
    private static final Set<String> GATHERINGS = Set.of(
            "summit", "talks", "talk", "meeting", "conference", "forum", "tournament", "games", "olympics", "contest",
            "competition", "race", "election", "event", "ceremony", "festival", "negotiation", "session", "dialogue");

    /**
     * RETREAT is letting captives go or forces back: the bare verbs of release ("released a report", "released flares")
     * say nothing when what is released is a thing published or fired, nor do the verbs of withdrawal when what is left
     * is a gathering ("pulled out of a summit").
     */
    private static boolean noRetreat(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        if (parsed == null || trigger.rule().type() != PloverType.RETREAT) {
            return false;
        }
        String lemma = TriggerLexicon.lemma(sentence.tokens().get(trigger.head()));
        for (ParsedSentence.Arc arc : parsed.children(trigger.head())) {
            String object = parsed.lemma(arc.token()).toLowerCase(java.util.Locale.ROOT);
            if (trigger.rule().elements().size() == 1 && (lemma.equals("release") || lemma.equals("free"))
                    && arc.is("obj") && RELEASED_THINGS.contains(object)) {
                return true;
            }
            if ((lemma.equals("withdraw") || lemma.equals("pull")) && (arc.is("obl") || arc.is("nmod"))
                    && (arc.marker().equals("from") || arc.marker().equals("of") || arc.marker().equals("out_of"))
                    && GATHERINGS.contains(object)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of asking, whose owner asks whoever answers them. */
    static final Set<String> ASKING = Set.of("request", "demand", "appeal", "plea", "ultimatum", "call", "push");

    /** Nouns of accusing, whose owner accuses whoever denies them. */
    static final Set<String> ACCUSING = Set.of("accusation", "allegation", "claim", "charge");

    /** Nouns of a claim on another state that the clause around them answers (grants, refuses, denies). */
    static boolean answeredClaim(String lemma) {
        return ASKING.contains(lemma) || ACCUSING.contains(lemma);
    }

    /**
     * "approve Poland's request", "rejected Moscow's demand", "heeded an appeal from Kyiv": a request or demand with its
     * own asker, answered by another verb, is an event of its own beside the answer, not the same event; refused too
     * ("dismissed Russia's demand": DEMAND and REJECT), since the demand was made whatever became of it (coding guide,
     * "Acts told inside another event").
     */
    static boolean ownedAsking(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        PloverType type = trigger.rule().type();
        String lemma = TriggerLexicon.lemma(sentence.tokens().get(trigger.head()));
        boolean asking = (type == PloverType.REQUEST || type == PloverType.DEMAND) && ASKING.contains(lemma);
        // "denied allegations by Kinshasa that ...", "dismissed Japan's accusations": the accusation was made too
        boolean accusing = type == PloverType.ACCUSE && ACCUSING.contains(lemma);
        return parsed != null && (asking || accusing) && owned(trigger.head(), sentence, parsed);
    }

    /** An owner-only noun ("claim", "call": flag O) without a state of its own asking or claiming. */
    private static boolean unowned(TriggerMatch trigger, SentenceContext sentence, ParsedSentence parsed) {
        return trigger.rule().ownedOnly() && (parsed == null || !owned(trigger.head(), sentence, parsed));
    }

    /** A noun whose possessor, "from" or "by" phrase, compound or adjective names a state: its asker or claimant. */
    static boolean owned(int noun, SentenceContext sentence, ParsedSentence parsed) {
        for (ParsedSentence.Arc arc : parsed.children(noun)) {
            // "Russia's demand", "a request from Libya", "a U.S. request", "a Ghanaian request"
            boolean owner = arc.relation().equals("nmod:poss") || arc.relation().equals("nmod:from")
                    || arc.relation().equals("nmod:by") || arc.is("compound") || arc.is("amod");
            int token = arc.token();
            if (owner && sentence.mentions().stream().anyMatch(m -> m.isNation() && m.covers(token))) {
                return true;
            }
            // "an ultimatum from the leaders of France and Germany": the asker's own phrase names the states
            if (arc.relation().equals("nmod:from") && parsed.children(token).stream()
                    .anyMatch(of -> of.relation().equals("nmod:of") && sentence.mentions().stream()
                            .anyMatch(m -> m.isNation() && m.covers(of.token())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "without a deal" names what did not happen: no event, unless talks ended so ("talks ended without agreement",
     * "wrapped up negotiations without a deal"), which the coding guide codes AGREE, negated (ModalityDetector reads the
     * "without"): the parties tried to agree and did not.
     */
    private static boolean absent(TriggerMatch trigger, ParsedSentence parsed) {
        if (parsed == null) {
            return false;
        }
        if (trigger.lastToken() != trigger.head() && without(trigger.lastToken(), parsed)) {
            return true; // "ended without a deal" ends no deal
        }
        return without(trigger.head(), parsed)
                && !(trigger.rule().type() == PloverType.AGREE && endedMeeting(trigger.head(), parsed) >= 0);
    }

    static boolean without(int noun, ParsedSentence parsed) {
        return parsed.treeChildren(noun).stream()
                .anyMatch(arc -> arc.is("case") && parsed.word(arc.token()).equalsIgnoreCase("without"));
    }

    /** Verbs by which talks end: "ended", "broke up", "wrapped up", "collapsed". */
    private static final Set<String> ENDINGS = Set.of(
            "end", "conclude", "close", "break", "wrap", "collapse", "finish", "adjourn", "fail", "stall", "founder");
    /** Nouns of a meeting whose end may leave no agreement. */
    private static final Set<String> MEETINGS = Set.of(
            "talk", "talks", "meeting", "negotiation", "negotiations", "summit", "round", "session", "discussion",
            "consultation", "dialogue", "visit", "conference");

    /**
     * The meeting that ended without the agreement a noun names: the subject or object of the verb of ending the noun
     * hangs on ("talks between A and B ended without agreement", "wrapped up negotiations without a deal"), or the noun
     * a relative clause of ending describes ("held talks that ended without a deal"); -1 when there is none.
     */
    static int endedMeeting(int noun, ParsedSentence parsed) {
        ParsedSentence.Arc up = parsed.treeParent(noun);
        if (up == null || !ENDINGS.contains(parsed.lemma(up.token()))) {
            return -1;
        }
        boolean subject = false;
        for (ParsedSentence.Arc arc : parsed.children(up.token())) {
            // the enhanced graph gives a relative clause's verb the noun it describes as subject ("talks that ended")
            if ((arc.is("nsubj") || arc.is("obj")) && MEETINGS.contains(parsed.lemma(arc.token()))) {
                return arc.token();
            }
            subject |= arc.is("nsubj");
        }
        // "after talks between the two countries ... ended without agreement": the parser left the verb without its
        // subject; the meeting is the nearest meeting noun before it
        for (int t = up.token() - 1; !subject && t >= Math.max(0, up.token() - 10); t--) {
            if (MEETINGS.contains(parsed.lemma(t))) {
                return t;
            }
        }
        return -1;
    }

    /** "the occupied West Bank", "the agreed ceasefire": a participle that describes a noun is no event of its own. */
    private static boolean modifier(TriggerMatch trigger, ParsedSentence parsed) {
        if (parsed == null) {
            return false;
        }
        ParsedSentence.Arc up = parsed.treeParent(trigger.head());
        return up != null && up.is("amod") && parsed.gerundObject(trigger.head()) < 0;
    }

    private static boolean insideMention(TriggerMatch trigger, SentenceContext sentence) {
        return sentence.mentions().stream().anyMatch(m -> m.covers(trigger.head()));
    }
}
