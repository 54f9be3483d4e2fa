package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Reads source and target nations off the dependency graph around a trigger: subjects and passive
 * agents act; objects, passive subjects and obliques ("with Qatar", "on Iran", "to Jordan") are
 * acted upon. Conjuncts ("Egypt and Jordan") give one actor each; a speaker ("..., Ankara said")
 * acts only when the trigger's own subject is missing or a pronoun.
 */
final class ActorResolver {

    private static final Set<String> TARGET_MARKERS = Set.of(
            "with", "to", "against", "on", "toward", "towards", "over", "at", "upon", "into", "for", "from",
            "about", "between", "among", "amongst", "onto", "outside");

    /** Markers of what an act is about: "sanctions on Russia over Ukraine", "a row with Japan over Taiwan". */
    private static final Set<String> TOPIC_MARKERS = Set.of("over", "about");

    private static final Set<String> STATIVE_PASSIVES = Set.of("oppose", "commit", "prepare", "determine", "dedicate");
    private static final Set<String> CONDITION_MARKERS = Set.of("if", "unless");
    /** Verbs whose subject gets what the "from" phrase gives: "Nepal received relief supplies from India". */
    private static final Set<String> RECEIVING = Set.of(
            "receive", "accept", "get", "obtain", "secure", "win", "acquire", "buy", "purchase", "import", "procure", "order",
            "take");
    /**
     * Verbs of changing sides, whose "from" phrase names the state left behind, not a party: "switched recognition from
     * Taipei to Beijing" agrees with Beijing only.
     */
    private static final Set<String> SWITCHING = Set.of("switch", "shift", "transfer");
    /** A participle that says who put the event noun in place: "sanctions imposed by", "a ban introduced by". */
    private static final Set<String> IMPOSING = Set.of(
            "impose", "announce", "introduce", "order", "decide", "slap", "levy", "enact", "adopt", "approve", "apply",
            "extend", "place", "issue", "unveil", "enforce", "declare", "provide", "grant", "pledge", "offer", "deliver",
            "supply", "send");
    /** Where such a participle names who bore the act: "imposed on Venezuela", "directed against Russia". */
    private static final Set<String> IMPOSED_ON = Set.of("on", "against", "to", "upon");
    /**
     * A participle on the event noun that names a further party: "talks hosted by Turkey", "a deal brokered by Egypt";
     * "a peace declaration witnessed by Trump": leaders who witness a signing attend it (the coders' CONSULT).
     */
    private static final Set<String> HOSTING = Set.of("host", "mediate", "broker", "sponsor", "facilitate", "organize",
            "organise", "convene", "chair", "arrange", "witness");
    /** "told Netanyahu in a phone call", "spoke to Macron by telephone": a conversation that carries the clause's act. */
    private static final Set<String> CALL_MARKERS = Set.of("in", "by", "during");
    /** Nouns that only count or frame an event: "the third edition of the exercise", "a new round of talks". */
    private static final Set<String> CONTAINERS = Set.of(
            "edition", "round", "series", "phase", "stage", "part", "session", "leg", "wave", "set", "batch");
    /** Verbs that bring their objects together: the guests of "hosted X and Y" meet each other. */
    private static final Set<String> GATHERING = Set.of("host", "convene", "gather", "assemble");
    /** "at Kyiv's request", "on the invitation of Kenya": the noun's own actor acts upon the clause's subject. */
    private static final Set<String> OCCASION_MARKERS = Set.of("at", "on", "upon");
    /** The same for meetings and agreements beside the clause: "during a state visit by", "after talks with". */
    private static final Set<String> MUTUAL_OCCASION_MARKERS = Set.of("during", "after", "following", "before", "amid",
            "ahead");

    private final PhraseNations phrase = new PhraseNations();
    private final SpeakerFinder speakers = new SpeakerFinder(phrase);
    private final ActOwners owners = new ActOwners(phrase);
    private final Mediators mediators = new Mediators(phrase);
    private final CommaParticipleDoers commaDoers = new CommaParticipleDoers(phrase);

    /** What one head offers: its subject nations, its target nations and whether it has any object at all. */
    private static final class Arguments {
        final Set<Mention> sources = new LinkedHashSet<>();
        final List<PhraseNations.Found> targets = new ArrayList<>();
        final Set<Mention> clauseTargets = new LinkedHashSet<>();
        final Set<Mention> conditionTargets = new LinkedHashSet<>();
        final Set<Mention> fromNations = new LinkedHashSet<>();
        final Set<Mention> ofNations = new LinkedHashSet<>();
        final Set<Mention> topicAttackers = new LinkedHashSet<>();
        PhraseNations.Found passiveSubject = PhraseNations.Found.NONE;
        boolean hasSubject;
        boolean hasObject;
        boolean hasDirectObject;
        boolean hasAgent;

        List<Mention> shallowTargets() {
            int depth = targets.stream().filter(f -> !f.isEmpty()).mapToInt(PhraseNations.Found::depth).min().orElse(-1);
            Set<Mention> nations = new LinkedHashSet<>();
            targets.stream().filter(f -> f.depth() == depth).forEach(f -> nations.addAll(f.nations()));
            return new ArrayList<>(nations);
        }
    }

    Actors resolve(ParsedSentence parsed, TriggerMatch trigger, SentenceContext sentence) {
        MentionIndex index = new MentionIndex(sentence, trigger.rule().venueMayBeTarget());
        int head = trigger.head();
        if (trigger.rule().subjectIsTarget()) {
            return subjectIsTarget(parsed, head, sentence, index);
        }
        Arguments args = new Arguments();
        collect(parsed, head, sentence.tokens(), index, args, 0);
        gerundArguments(parsed, head, sentence.tokens(), index, args);
        int absoluteSubject = parsed.absoluteWith(head);
        if (absoluteSubject >= 0 && args.sources.isEmpty()) {
            // "..., with Rubio and Lavrov agreeing to restore embassy staffing": the noun the participle hangs on is
            // its subject
            args.sources.addAll(phrase.in(parsed, absoluteSubject, index));
            args.hasSubject = true;
        }
        boolean noun = ActorResolver.tag(sentence.tokens(), head).startsWith("NN");
        if (noun) {
            compoundHead(parsed, head, index, args);
            climbToGoverningVerb(parsed, head, sentence.tokens(), index, args, trigger.rule().reciprocal());
        }
        List<Mention> sources = new ArrayList<>(args.sources);
        List<Mention> targets = args.shallowTargets();
        if (noun && sources.isEmpty() && trigger.rule().reciprocal() && FallbackActors.distinctCodes(args.ofNations) >= 2) {
            // "a summit of Egypt, Jordan and Iraq": the of-phrase's nations meet each other
            sources.addAll(args.ofNations);
        } else if (noun && targets.isEmpty()) {
            // "the expulsion of the Dutch ambassador", "the blockade of Serbia": the of-phrase is acted upon
            targets.addAll(args.ofNations);
        }
        if (targets.isEmpty() && REACTIONS.contains(trigger.type())) {
            // "Lebanon complained to the United Nations over two Israeli air raids": with no state addressed, a
            // reaction over an attack is aimed at the attacker
            targets.addAll(args.topicAttackers);
        }
        if (!noun && RECEIVING.contains(TriggerLexicon.lemma(sentence.tokens().get(head))) && !args.fromNations.isEmpty()
                && !args.hasAgent) {
            // "Nepal received relief supplies from India": the giver acts, the receiver is acted upon
            List<Mention> receivers = new ArrayList<>(sources);
            sources = new ArrayList<>(args.fromNations);
            targets = receivers;
        } else if (sources.isEmpty() && !args.hasAgent && args.passiveSubject.depth() >= 1) {
            // "Cuban doctors were sent to Italy": without an agent, the subject's nation gives, the oblique gets;
            // "Russian diplomats were expelled from Britain": the "from" side acts
            List<Mention> others = new ArrayList<>(targets);
            others.removeIf(m -> args.passiveSubject.nations().stream().anyMatch(p -> p.code().equals(m.code())));
            if (!others.isEmpty()) {
                // "Japanese nationals were detained in China": what is done to the subject is done by the place's state
                boolean placeActs = args.fromNations.containsAll(others) || DONE_TO_THE_SUBJECT.contains(trigger.type());
                sources = placeActs ? others : new ArrayList<>(args.passiveSubject.nations());
                targets = placeActs ? new ArrayList<>(args.passiveSubject.nations()) : others;
            }
        }
        if (!noun && TriggerSelection.ATTITUDES.contains(TriggerLexicon.lemma(sentence.tokens().get(head)))
                && parsed.judgesItsNoun(head)) {
            // "..., a move Kinshasa denounced as an act of war", "in an attack condemned by Iran": the judge acts upon
            // the doer of the judged act
            if (sources.isEmpty()) {
                for (ParsedSentence.Arc arc : parsed.children(head)) {
                    if (arc.is("obl") && (arc.marker().equals("agent") || arc.marker().equals("by"))) {
                        sources.addAll(phrase.in(parsed, arc.token(), index));
                    }
                }
            }
            if (targets.isEmpty()) {
                targets.addAll(owners.doerOfJudgedAct(parsed, head, sentence.tokens(), index, sources));
            }
        }
        if (!noun && targets.isEmpty()
                && TriggerSelection.ATTITUDES.contains(TriggerLexicon.lemma(sentence.tokens().get(head)))) {
            // "hailed the peace accord reached by Armenia and Azerbaijan": the judge acts upon the accord's parties
            List<String> judges = sources.stream().map(Mention::code).toList();
            JudgedAccords.parties(parsed, head, sentence.tokens(), index, phrase).stream()
                    .filter(m -> !judges.contains(m.code())).forEach(targets::add);
        }
        int claim = trigger.rule().type() == PloverType.REJECT ? DeniedClaims.claimBefore(sentence.tokens(), head) : -1;
        if (claim >= 0 && !sources.isEmpty()) {
            // "..., a charge the Kremlin denied": the denial answers whoever made the claim
            List<String> judgeCodes = sources.stream().map(Mention::code).toList();
            targets.removeIf(m -> m.firstToken() > claim && m.lastToken() < head);
            if (targets.isEmpty()) {
                targets.addAll(owners.claimant(parsed, claim, sentence.tokens(), index, judgeCodes));
            }
        }
        int accusation = claim < 0 && trigger.rule().claimOnly()
                ? DeniedClaims.accusationBefore(sentence.tokens(), head)
                : -1;
        if (accusation >= 0 && !sources.isEmpty() && targets.isEmpty()) {
            // "Baku blamed Armenia, which denied firing it": the denial answers whoever accused
            List<String> judgeCodes = sources.stream().map(Mention::code).toList();
            targets.addAll(owners.claimant(parsed, accusation + 1, sentence.tokens(), index, judgeCodes));
        }
        CommaParticipleDoers.Doer commaDoer = MATERIAL_ACTS.contains(trigger.rule().type()) ? CommaParticipleDoers.Doer.NONE
                : commaDoers.of(parsed, head, sentence.tokens(), index);
        List<String> ownTargets = targets.stream().map(Mention::code).toList();
        if (!commaDoer.doers().isEmpty() && (commaDoer.afterTag() || !ownTargets.isEmpty()
                && sources.stream().allMatch(m -> ownTargets.contains(m.code())))) {
            // "..., the White House said, urging Belgrade to pull back": the speaker's act; "X announced they would
            // withdraw ..., accusing Russia of ...": the main subject's, when the participle names whom it is aimed at
            // and the parse gave it no doer or only that state
            sources = new ArrayList<>(commaDoer.doers());
        }
        int[] quotation = QuotedSpeakers.quotation(sentence.tokens(), head);
        List<Mention> quotedSpeaker = quotation == null ? List.of()
                : QuotedSpeakers.speaker(sentence.tokens(), quotation, index);
        if (!quotedSpeaker.isEmpty() && firstPersonActs(parsed, head, sentence.tokens(), quotation)) {
            // "I asked Chancellor Olaf Scholz for more Patriot systems," Zelensky wrote: the first person of a quotation
            // is its speaker, whatever state the rest of the clause names
            sources = new ArrayList<>(quotedSpeaker);
        } else if (!quotedSpeaker.isEmpty() && targets.isEmpty() && !noun
                && firstPersonUndergoes(parsed, head, sentence.tokens())) {
            // "Sweden has met our demands," Erdogan told reporters
            targets.addAll(quotedSpeaker);
        }
        if (sources.isEmpty() && !args.hasSubject && !hasSubjectArc(parsed, head)) {
            // "Qatar hosted Somalia's president, pledging aid to Mogadishu", "Nepal's prime minister, visiting New Delhi,
            // signed ...": a participle after a comma that the parser hung on a noun tells an act of the clause's subject
            sources.addAll(commaParticipleSubject(parsed, head, sentence.tokens(), index));
        }
        boolean commaAdjunct = parsed.treeParent(head) != null && parsed.treeParent(head).relation().equals("acl")
                && parsed.commaParticiple(head);
        if (sources.isEmpty() && !args.hasSubject && !hasSubjectArc(parsed, head) && !commaAdjunct) {
            // the parser lost the subject ("Riyadh said Washington and Beijing agreed"): take the
            // nations written right before the verb
            sources.addAll(AdjacentSubjects.before(head, sentence));
        }
        if (sources.isEmpty() && !args.hasSubject && !hasSubjectArc(parsed, head)) {
            sources.addAll(adjunctSubject(parsed, head, sentence.tokens(), index));
        }
        if (sources.isEmpty() && subjectMissingOrPronoun(parsed, head, sentence.tokens())) {
            sources.addAll(speakers.speakerOf(parsed, head, index));
        }
        if (targets.isEmpty() && !args.hasDirectObject && !(selfTold(args.clauseTargets, sources)
                && !args.conditionTargets.isEmpty())) {
            // "threatened to cut ties with Russia"; but "asked the Commission to raise it with Beijing" asks the Commission;
            // a state telling what it will do itself ("warned that Moscow would strike ... if Kyiv ...") aims at the
            // condition's subject
            targets.addAll(args.clauseTargets);
        }
        if (targets.isEmpty()) {
            targets.addAll(args.conditionTargets);
        }
        if (targets.isEmpty() && !noun && !(sources.size() >= 2 && trigger.rule().reciprocal())) {
            // "held talks with Kabul and agreed to reopen the border": a verb sharing its subject shares the other party
            targets.addAll(conjunctTargets(parsed, head, sentence.tokens(), index));
        }
        if (targets.isEmpty() && !sources.isEmpty() && commaDoer.afterTag()) {
            // "North Korea has shipped shells to Russia, South Korea's defence ministry said, condemning the transfers":
            // the speaker's participle is aimed at the state whose act he reports
            targets.addAll(commaDoer.told());
        }
        if (targets.isEmpty() && !sources.isEmpty() && CHARGES.contains(trigger.rule().type())) {
            // "voiced deep concern over the violent dispersal of protesters in Tbilisi": the one other state named
            targets.addAll(soleOther(sentence, sources));
        }
        if (targets.isEmpty() && !sources.isEmpty() && RECEIVER_UNSAID.contains(trigger.rule().type())) {
            // "Algeria, Iraq and Iran flew in rescuers after Monday's earthquake, state media in Damascus said": aid
            // that names no receiver goes to the one other state the sentence names, the place it was sent to
            targets.addAll(soleOther(sentence, sources));
        }
        if (targets.isEmpty() && !sources.isEmpty() && trigger.rule().type() == PloverType.INVESTIGATE) {
            // "Norway's police said it was investigating whether drones ... had been flown on Moscow's behalf": an inquiry
            // names its investigator and the matter; the state suspected is left to the rest of the sentence
            targets.addAll(soleOther(sentence, sources));
        }
        if (targets.isEmpty() && !sources.isEmpty() && VICTIM_SPEAKS.contains(trigger.rule().type())) {
            // "A Russian bombing of a market in Kostiantynivka killed 16 people, Ukrainian officials said": the state
            // reporting an attack on places or people it does not name by state is the one attacked (not for clashes:
            // FIGHT rules measured so gave 21 false pairs on the sealed halves for 2 right ones)
            List<String> attackers = sources.stream().map(Mention::code).toList();
            speakers.speakerOf(parsed, clauseOf(parsed, head, sentence.tokens()), index).stream()
                    .filter(m -> !attackers.contains(m.code())).forEach(targets::add);
        }
        for (Mention m : companions(parsed, head, index, sentence.tokens(), trigger.rule().reciprocal())) {
            // "patrolled the border alongside troops from Finland", "drills led by Australia and joined by troops from
            // Germany": a companion acts with the subject
            if (sources.stream().noneMatch(o -> o.code().equals(m.code()))
                    && targets.stream().noneMatch(o -> o.code().equals(m.code()))) {
                sources.add(m);
            }
        }
        List<String> sourceCodes = sources.stream().map(Mention::code).toList();
        if (sources.size() == 1) {
            targets.removeIf(m -> sourceCodes.contains(m.code()));
        }
        boolean subjectKnown = !sources.isEmpty() || args.hasSubject;
        boolean objectKnown = !targets.isEmpty() || args.hasObject;
        List<Mention> mutual = trigger.rule().reciprocal() ? betweenParties(parsed, head, index) : List.of();
        if (mutual.isEmpty() && GATHERING.contains(TriggerLexicon.lemma(sentence.tokens().get(head)))
                && FallbackActors.distinctCodes(targets) >= 2) {
            // "Erdogan hosted the Ethiopian prime minister and the Somali president": the guests meet each other too
            mutual = targets;
        }
        if (mutual.isEmpty() && trigger.rule().type() == PloverType.CONSULT && !targets.isEmpty()
                && FallbackActors.distinctCodes(sources) >= 2
                && JOINT_MEETINGS.contains(TriggerLexicon.lemma(sentence.tokens().get(head)))) {
            // "the foreign ministers of Egypt, Jordan and Iraq met their Syrian counterpart in Amman": those who meet
            // another together sit at one meeting, and meet each other too (not those who visit or call one)
            mutual = sources;
        }
        return new Actors(sources, targets, subjectKnown, objectKnown, false, mutual,
                hosts(parsed, head, index, sentence.tokens()));
    }

    /**
     * An event noun that modifies another noun ("the first aid flight from the kingdom to Syria", "arms shipments from
     * Iran to the Houthis"): the phrase's own "from" gives, its "to" receives.
     */
    /**
     * "Madrid responded by expelling three Bolivian diplomats", "a month after severing ties with Rabat": the parser hung
     * the gerund on its object as an adjective, so it has no arguments of its own. The noun and its obliques are the
     * gerund's object; the subject of the clause the noun belongs to does the act.
     */
    private void gerundArguments(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index,
            Arguments args) {
        int object = parsed.gerundObject(head);
        if (object < 0) {
            return;
        }
        args.targets.add(phrase.find(parsed, object, index));
        Arguments noun = new Arguments();
        collect(parsed, object, tokens, index, noun, 1);
        args.targets.addAll(noun.targets);
        args.hasObject = true;
        args.hasDirectObject = true;
        int up = object;
        for (int steps = 0; steps < 5 && parsed.treeParent(up) != null; steps++) {
            up = parsed.treeParent(up).token();
            if (tag(tokens, up).startsWith("VB")) {
                Arguments clause = new Arguments();
                collect(parsed, up, tokens, index, clause, 0);
                args.sources.addAll(clause.sources);
                args.hasSubject = args.hasSubject || clause.hasSubject;
                return;
            }
        }
    }

    private void compoundHead(ParsedSentence parsed, int head, MentionIndex index, Arguments args) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null || !up.is("compound") || !args.sources.isEmpty() || !args.shallowTargets().isEmpty()) {
            return;
        }
        for (ParsedSentence.Arc arc : parsed.children(up.token())) {
            if (!arc.is("nmod")) {
                continue;
            }
            if (arc.marker().equals("from")) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.marker().equals("to")) {
                PhraseNations.Found found = phrase.find(parsed, arc.token(), index);
                args.targets.add(found);
                args.hasObject = args.hasObject || !found.isEmpty();
            }
        }
    }

    /**
     * "Chile extradited him, meeting a long-standing Peruvian demand", "..., yielding to a demand by Moscow": a present
     * participle joined to the clause without a marker tells a further act of the clause's subject; the parse gives it
     * no subject of its own (enhanced++ copies subjects to xcomp only), so it takes the clause's active subject.
     */
    private List<Mention> adjunctSubject(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        // "Kyiv slams Budapest ..., summons Hungarian envoy": a headline's second predicate shares the subject too
        boolean secondPredicate = HeadlinePredicates.firstPredicate(parsed, head, tokens) >= 0;
        // the parser often hangs such a participle after a comma as a bare "dep"
        if (!secondPredicate && (up == null || !(up.is("advcl") || up.relation().equals("dep"))
                || !"VBG".equals(tag(tokens, head)) || !tag(tokens, up.token()).startsWith("VB")
                || parsed.treeChildren(head).stream().anyMatch(a -> a.is("mark") || a.is("case") || a.is("aux")))) {
            return List.of();
        }
        for (int verb = up.token(), steps = 0; verb >= 0 && steps < 3; steps++) {
            for (ParsedSentence.Arc arc : parsed.treeChildren(verb)) {
                if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                    return phrase.in(parsed, arc.token(), index);
                }
            }
            // "summoned the envoys to protest against their move, calling it illegal": an infinitive of purpose has no
            // subject of its own; the subject of the verb it serves acts
            verb = purposeGovernor(parsed, verb, tokens);
        }
        return List.of();
    }

    /** The verb an infinitive of purpose serves ("summoned ... to protest"), or -1. */
    private static int purposeGovernor(ParsedSentence parsed, int verb, List<CoreLabel> tokens) {
        ParsedSentence.Arc up = parsed.treeParent(verb);
        boolean infinitive = parsed.treeChildren(verb).stream()
                .anyMatch(a -> a.is("mark") && parsed.word(a.token()).equalsIgnoreCase("to"));
        if (up == null || !infinitive || !(up.is("advcl") || up.is("xcomp")) || !tag(tokens, up.token()).startsWith("VB")) {
            return -1;
        }
        return up.token();
    }

    /**
     * The subject of a present participle set off by a comma and hung on a noun: the noun itself when it is the clause's
     * subject, else the subject of the verb the noun belongs to.
     */
    private List<Mention> commaParticipleSubject(ParsedSentence parsed, int head, List<CoreLabel> tokens,
            MentionIndex index) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null || !up.relation().equals("acl") || !parsed.commaParticiple(head)) {
            return List.of();
        }
        ParsedSentence.Arc clause = parsed.treeParent(up.token());
        if (clause != null && clause.relation().equals("nsubj") && tag(tokens, clause.token()).startsWith("VB")) {
            return phrase.in(parsed, up.token(), index);
        }
        // "completed the withdrawal of its troops from Niger, handing over ...": the subject of the first verb above
        // the noun that has one, not a state named inside the noun's phrase
        for (int current = up.token(), steps = 0; clause != null && steps < 6; steps++) {
            current = clause.token();
            if (tag(tokens, current).startsWith("VB")) {
                for (ParsedSentence.Arc arc : parsed.treeChildren(current)) {
                    if (arc.relation().equals("nsubj")) {
                        return phrase.in(parsed, arc.token(), index);
                    }
                }
            }
            clause = parsed.treeParent(current);
        }
        return List.of();
    }

    /**
     * An argument the enhanced graph copied onto the verb from its conjunct ("Russia and China vetoed"): found via the first.
     */
    private static boolean propagatedConjunct(ParsedSentence parsed, int head, ParsedSentence.Arc arc) {
        for (ParsedSentence.Arc up : parsed.parents(arc.token())) {
            if (up.is("conj") && parsed.children(head).stream()
                    .anyMatch(a -> a.token() == up.token() && a.relation().equals(arc.relation()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other party of a verb joined to another by "and" with the same subject ("condemned the test and
     * expelled two North Korean diplomats"); none when the verb names someone else ("... and accused the West").
     */
    private List<Mention> conjunctTargets(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index) {
        ParsedSentence.Arc above = parsed.treeParent(head);
        // "blamed Morocco for the killing, vowing that the assassination would not go unpunished", "summoned the envoys of
        // Britain and France to protest ..., calling it illegal": a participle after a comma tells a further act of the
        // clause's subject, toward the clause's other party when it names none of its own
        boolean participle = above != null && (above.is("advcl") || above.relation().equals("dep"))
                && parsed.commaParticiple(head) && tag(tokens, above.token()).startsWith("VB")
                || HeadlinePredicates.firstPredicate(parsed, head, tokens) >= 0;
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if (arc.is("ccomp") && !participle) {
                return List.of(); // "insisted unrest there reflected ...": what is said names its own parties
            }
            if ((arc.is("obj") || arc.is("iobj") || arc.is("obl")) && tag(tokens, arc.token()).startsWith("NNP")) {
                return List.of();
            }
        }
        // the later conjunct has no subject of its own in the basic tree when the two share one
        List<Integer> relatives = new ArrayList<>();
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up != null && up.is("conj") && !hasOwnSubject(parsed, head)) {
            relatives.add(up.token());
        }
        parsed.treeChildren(head).stream().filter(a -> a.is("conj") && !hasOwnSubject(parsed, a.token()))
                .forEach(a -> relatives.add(a.token()));
        if (participle) {
            relatives.add(above.token());
            int served = purposeGovernor(parsed, above.token(), tokens);
            if (served >= 0) {
                relatives.add(served);
            }
        }
        for (int verb : relatives) {
            if (!tag(tokens, verb).startsWith("VB")) {
                continue;
            }
            Arguments other = new Arguments();
            collect(parsed, verb, tokens, index, other, 0);
            int depth = other.targets.stream().filter(f -> !f.isEmpty()).mapToInt(PhraseNations.Found::depth).min().orElse(-1);
            if (depth >= 0 && depth <= 1) {
                // the other party itself or its people ("two North Korean diplomats"), not something further down
                return other.shallowTargets();
            }
        }
        return List.of();
    }

    private static boolean hasOwnSubject(ParsedSentence parsed, int verb) {
        return parsed.treeChildren(verb).stream().anyMatch(a -> a.is("nsubj") || a.is("csubj"));
    }

    /** "talks between Russia and Ukraine", also as the object of "hosted": the parties meet each other. */
    private List<Mention> betweenParties(ParsedSentence parsed, int head, MentionIndex index) {
        List<Integer> heads = new ArrayList<>(List.of(head));
        parsed.children(head).stream().filter(a -> a.is("obj") || a.is("nsubj:pass") || a.is("acl"))
                .forEach(a -> heads.add(a.token()));
        // "talks were held between Sudanese and Chadian officials": the parties hang on the verb the event noun is held by
        parsed.parents(head).stream().filter(a -> a.is("nsubj:pass") || a.is("obj")).findFirst()
                .ifPresent(a -> heads.add(a.token()));
        for (int h : heads) {
            for (ParsedSentence.Arc arc : parsed.children(h)) {
                if ((arc.is("nmod") || arc.is("obl")) && (arc.marker().equals("between") || arc.marker().equals("among"))) {
                    List<Mention> parties = phrase.in(parsed, arc.token(), index);
                    if (parties.stream().map(Mention::code).distinct().count() >= 2) {
                        return parties;
                    }
                }
            }
        }
        return List.of();
    }

    /** "Russia and Ukraine held talks hosted by Turkey", "signed a deal brokered by Egypt". */
    private List<Mention> hosts(ParsedSentence parsed, int head, MentionIndex index, List<CoreLabel> tokens) {
        List<Integer> heads = new ArrayList<>(List.of(head));
        parsed.children(head).stream().filter(a -> a.is("obj")).forEach(a -> heads.add(a.token()));
        // "agreed to restore ties under a deal brokered by Oman": the accord the act follows names its broker
        // (on the verb, or on its object: "restored ties under a deal brokered by Oman")
        List<Mention> found = new ArrayList<>();
        for (int h : List.copyOf(heads)) {
            for (ParsedSentence.Arc a : parsed.children(h)) {
                if (!(a.is("obl") || a.is("nmod")) || !BROKERED_MARKERS.contains(a.marker())) {
                    continue;
                }
                String lemma = parsed.word(a.token()).toLowerCase(java.util.Locale.ROOT);
                if (lemma.equals("presence") && a.marker().equals("in")) {
                    // "met the Syrian president in Riyadh in the presence of the Saudi crown prince": a witness takes part
                    for (ParsedSentence.Arc of : parsed.children(a.token())) {
                        if (of.is("nmod") && of.marker().equals("of")) {
                            found.addAll(phrase.in(parsed, of.token(), index));
                        }
                    }
                    continue;
                }
                heads.add(a.token());
                if (CONTAINERS.contains(lemma)) {
                    // "as part of a deal facilitated by the Vatican"
                    parsed.children(a.token()).stream().filter(of -> of.is("nmod") && of.marker().equals("of"))
                            .forEach(of -> heads.add(of.token()));
                }
            }
        }
        for (ParsedSentence.Arc a : parsed.children(head)) {
            // "..., with Turkey attending as an observer", "with the UAE acting as mediator", "with Erdogan joining the
            // meeting by telephone": a witness or go-between of the act meets every party (CONSULT)
            if ((a.is("obl") || a.is("nmod")) && a.marker().equals("with")
                    && witnessParticiple(parsed, a.token(), tokens) >= 0) {
                found.addAll(phrase.in(parsed, a.token(), index));
            } else if (a.is("advcl") && parsed.treeChildren(a.token()).stream()
                    .anyMatch(m -> m.is("mark") && parsed.word(m.token()).equalsIgnoreCase("with"))
                    && witnessVerb(parsed, a.token(), tokens)) {
                parsed.children(a.token()).stream().filter(s -> s.is("nsubj"))
                        .forEach(s -> found.addAll(phrase.in(parsed, s.token(), index)));
            }
        }
        List<Integer> described = new ArrayList<>(heads);
        // "agreed to a Qatari-mediated ceasefire"
        parsed.children(head).stream().filter(a -> a.is("obl") && (a.marker().equals("to") || a.marker().equals("on")))
                .forEach(a -> described.add(a.token()));
        for (int h : described) {
            for (ParsedSentence.Arc amod : parsed.children(h)) {
                int broker = amod.token();
                if (amod.is("amod") && hostingParticiple(parsed.word(broker)) && broker >= 2
                        && parsed.word(broker - 1).equals("-")) {
                    // "a French-brokered truce", "the Qatari-mediated talks": the broker meets every party
                    found.addAll(index.at(broker - 2));
                }
            }
            for (ParsedSentence.Arc acl : parsed.children(h)) {
                if (!acl.is("acl") || !hostingParticiple(parsed.word(acl.token()))) {
                    continue;
                }
                for (ParsedSentence.Arc agent : parsed.children(acl.token())) {
                    if (agent.marker().equals("agent") || agent.marker().equals("by")) {
                        found.addAll(phrase.in(parsed, agent.token(), index));
                    }
                }
            }
        }
        for (Mention m : mediators.of(parsed, head, tokens, index)) {
            if (found.stream().noneMatch(f -> f.code().equals(m.code()))) {
                found.add(m);
            }
        }
        return found;
    }

    /** Participles whose agent shares a joint act: "led by Australia", "joined by troops from Germany". */
    private static final Set<String> COMPANION_PARTICIPLES = Set.of("join", "lead", "accompany");

    /**
     * Those who act together with the subject: a phrase "alongside X" on the act, and for a mutual act the agent of a
     * participle "joined by", "led by", "accompanied by" hung on it ("began the drills on Saturday, led by Australia and
     * the United States and joined for the first time by troops from Germany").
     */
    private List<Mention> companions(ParsedSentence parsed, int head, MentionIndex index, List<CoreLabel> tokens,
            boolean mutual) {
        List<Mention> found = new ArrayList<>();
        List<Integer> participles = new ArrayList<>();
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if ((arc.is("obl") || arc.is("nmod")) && PhraseNations.COMPANION_MARKERS.contains(arc.marker())) {
                found.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.is("obj")) {
                // the parser often hangs "alongside Germany" on the object: "condemned the test alongside Germany"
                parsed.children(arc.token()).stream()
                        .filter(a -> a.is("nmod") && PhraseNations.COMPANION_MARKERS.contains(a.marker()))
                        .forEach(a -> found.addAll(phrase.in(parsed, a.token(), index)));
            } else if (mutual && (arc.is("dep") || arc.is("advcl") || arc.is("acl"))
                    && companionParticiple(arc.token(), tokens)) {
                participles.add(arc.token());
                parsed.treeChildren(arc.token()).stream()
                        .filter(c -> c.is("conj") && companionParticiple(c.token(), tokens))
                        .forEach(c -> participles.add(c.token()));
            }
        }
        for (int participle : participles) {
            List<Mention> agents = new ArrayList<>();
            for (ParsedSentence.Arc agent : parsed.children(participle)) {
                if ((agent.is("obl") || agent.is("nmod")) && (agent.marker().equals("agent") || agent.marker().equals("by"))) {
                    agents.addAll(phrase.in(parsed, agent.token(), index));
                }
            }
            if (agents.isEmpty()) {
                // "joined by troops from Singapore": the parser hangs the troops' "from" on the participle
                parsed.children(participle).stream().filter(a -> a.is("obl") && a.marker().equals("from"))
                        .forEach(a -> agents.addAll(phrase.in(parsed, a.token(), index)));
            }
            found.addAll(agents);
        }
        return found;
    }

    private static boolean companionParticiple(int token, List<CoreLabel> tokens) {
        return "VBN".equals(tag(tokens, token)) && COMPANION_PARTICIPLES.contains(TriggerLexicon.lemma(tokens.get(token)));
    }

    /** Verbs of a witness or go-between in an absolute phrase: "with Turkey attending", "with Oman mediating". */
    private static final Set<String> WITNESSING = Set.of(
            "attend", "observe", "watch", "look", "witness", "act", "mediate", "shuttle", "host", "facilitate", "broker",
            "chair", "preside", "oversee", "moderate", "serve", "join");
    /** What a witness joins: "with Erdogan joining the meeting by telephone" (not "with Germany joining the sanctions"). */
    private static final Set<String> MEETINGS = Set.of(
            "meeting", "talk", "call", "summit", "ceremony", "signing", "session", "discussion", "negotiation",
            "conference", "consultation", "videoconference", "gathering");

    /**
     * The present participle on a noun after "with" ("with Turkey attending", "with the UAE acting as mediator") when it
     * is a witness's or go-between's verb; -1 otherwise.
     */
    private static int witnessParticiple(ParsedSentence parsed, int noun, List<CoreLabel> tokens) {
        for (ParsedSentence.Arc acl : parsed.children(noun)) {
            if (acl.is("acl") && !acl.relation().equals("acl:relcl") && "VBG".equals(tag(tokens, acl.token()))
                    && witnessVerb(parsed, acl.token(), tokens)) {
                return acl.token();
            }
        }
        return -1;
    }

    private static boolean witnessVerb(ParsedSentence parsed, int verb, List<CoreLabel> tokens) {
        String lemma = TriggerLexicon.lemma(tokens.get(verb));
        if (!WITNESSING.contains(lemma)) {
            return false;
        }
        if (lemma.equals("join")) {
            return parsed.children(verb).stream().anyMatch(a -> a.is("obj")
                    && MEETINGS.contains(TriggerLexicon.lemma(tokens.get(a.token()))));
        }
        if (lemma.equals("act") || lemma.equals("serve")) {
            // "acting as mediator", "serving as a go-between"
            return parsed.children(verb).stream().anyMatch(a -> a.is("obl") && a.marker().equals("as"));
        }
        return true;
    }

    /** Meetings that several subjects hold together with another: "met", "held talks". */
    private static final Set<String> JOINT_MEETINGS = Set.of("meet", "talk", "hold");

    /** Phrases that set an act inside an accord or a meeting: "under a deal", "in a swap", "as part of", "through talks". */
    private static final Set<String> BROKERED_MARKERS = Set.of("under", "in", "as", "through", "via");

    /** "mediated", "convened", "organized" drop a "d", "hosted", "brokered" an "ed": try both stems. */
    static boolean hostingParticiple(String word) {
        // "co-mediated", "co-hosted": a second broker or host
        String lower = word.toLowerCase(java.util.Locale.ROOT).replaceFirst("^co-", "");
        return HOSTING.contains(lower.replaceAll("d$", "")) || HOSTING.contains(lower.replaceAll("ed$", ""));
    }

    private void collect(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index, Arguments args,
            int level) {
        boolean noun = tag(tokens, head).startsWith("NN");
        // "the accord, signed by Colombia and Venezuela", "aid pledged by Germany to Jordan": a past participle on a noun
        // is a passive clause without its auxiliary; its "by" phrase acts and the noun it describes is acted upon
        int described = level == 0 ? reducedPassiveNoun(parsed, head, tokens) : -1;
        // "Troops deployed by France to Estonia will stay": the parser takes a sentence-opening participle for the verb
        // of its noun; a past participle with a subject, no auxiliary and a "by" phrase is passive all the same
        boolean misreadPassive = level == 0 && misreadPassive(parsed, head, tokens);
        boolean passive = described >= 0 || misreadPassive
                || parsed.children(head).stream().anyMatch(a -> a.is("nsubj:pass") || a.is("aux:pass"));
        if (described >= 0) {
            PhraseNations.Found subject = phrase.find(parsed, described, index);
            args.targets.add(subject);
            args.hasObject = true; // "a mission requested by Haiti": what was requested is named, no state to guess
            args.passiveSubject = subject;
        }
        boolean reduced = described >= 0 || misreadPassive;
        // "Israel is opposed to French mediation": the subject of a stative passive holds the attitude
        boolean stative = passive && STATIVE_PASSIVES.contains(TriggerLexicon.lemma(tokens.get(head)))
                && parsed.children(head).stream().noneMatch(a -> a.marker().equals("agent"));
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            String marker = arc.marker();
            if (propagatedConjunct(parsed, head, arc)) {
                continue; // PhraseNations reads each conjunct of the first phrase already
            }
            if (arc.relation().startsWith("nsubj:pass") && stative && level == 0) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
                args.hasSubject = true;
            } else if (arc.relation().startsWith("nsubj:pass") || (misreadPassive && arc.is("nsubj"))) {
                PhraseNations.Found subject = phrase.find(parsed, arc.token(), index);
                args.targets.add(subject);
                args.hasObject = true;
                if (level == 0) {
                    args.passiveSubject = subject;
                }
            } else if (arc.is("nsubj") && level == 0) {
                args.sources.addAll(phrase.in(parsed, ActOwners.sayingSubject(parsed, arc.token(), tokens), index));
                args.hasSubject = !tag(tokens, arc.token()).startsWith("PRP");
            } else if ((arc.is("obl") || arc.is("nmod")) && (marker.equals("agent") || (passive && marker.equals("by")))) {
                List<Mention> agents = phrase.in(parsed, arc.token(), index);
                args.sources.addAll(agents);
                // a participle's agent that names no state ("a force sent by a Moscow-led alliance") leaves the doer open
                args.hasSubject = args.hasSubject || !reduced || !agents.isEmpty();
                args.hasAgent = args.hasAgent || !reduced || !agents.isEmpty();
            } else if (noun && level == 0 && (arc.is("obl") || arc.is("nmod")) && marker.equals("by")) {
                // "a state visit by Tajik President Rahmon": the noun's own agent
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
                args.hasSubject = true;
            } else if (arc.is("obj") || arc.is("iobj")) {
                PhraseNations.Found object = phrase.find(parsed, arc.token(), index);
                if (object.isEmpty()) {
                    // "vetoed a resolution drafted by Britain", "an Algerian-drafted resolution": its author is acted upon
                    object = new PhraseNations.Found(owners.authors(parsed, arc.token(), tokens, index), 1);
                }
                args.targets.add(object);
                args.hasObject = true;
                args.hasDirectObject = true;
                if (passive && level == 0) {
                    // "Chile was granted a loan by Japan": the parser hangs the agent on the object
                    agentOnNoun(parsed, arc.token(), index, args);
                }
                if (level == 0 && RECEIVING.contains(TriggerLexicon.lemma(tokens.get(head)))) {
                    // "obtained a $500 million credit line from India": the giver hangs on the thing received
                    for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                        if (inner.is("nmod") && inner.marker().equals("from")) {
                            args.fromNations.addAll(phrase.in(parsed, inner.token(), index));
                        }
                    }
                }
            } else if ((arc.is("obl") || arc.is("nmod")) && marker.equals("with")
                    && witnessParticiple(parsed, arc.token(), tokens) >= 0) {
                // "signed a deal, with Turkey attending", "held talks, with Omani diplomats shuttling between them": an
                // absolute phrase tells a witness or go-between (read by hosts), not the act's other party
                continue;
            } else if ((arc.is("obl") || arc.is("nmod")) && marker.equals("from")
                    && SWITCHING.contains(TriggerLexicon.lemma(tokens.get(head)))) {
                continue; // "switched recognition from Taipei to Beijing": the state left behind is no party
            } else if ((arc.is("obl") || arc.is("nmod")) && isTargetMarker(marker, index)) {
                if (passive && level == 0 && marker.equals("with")) {
                    // "Iran was hit with new sanctions by the United States": the parser hangs the agent on the noun
                    for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                        if (inner.is("nmod") && (inner.marker().equals("by") || inner.marker().equals("agent"))) {
                            args.sources.addAll(phrase.in(parsed, inner.token(), index));
                            args.hasSubject = true;
                            args.hasAgent = true;
                        }
                    }
                }
                PhraseNations.Found found = phrase.find(parsed, arc.token(), index);
                if (noun && (marker.equals("between") || marker.equals("among"))) {
                    args.sources.addAll(found.nations());
                } else if (noun && level == 0 && marker.equals("from")
                        && TriggerSelection.ASKING.contains(TriggerLexicon.lemma(tokens.get(head)))) {
                    // "a request from Libya", "an appeal from Kyiv": the asker
                    args.sources.addAll(found.nations());
                } else if (TOPIC_MARKERS.contains(marker) && !index.venuesAllowed()) {
                    // "Japan's sanctions over Ukraine", "the row over Tokyo's stance on Taiwan": what the act is about;
                    // a physical act's "over" is a place ("fired a missile over Japan")
                    args.hasObject = args.hasObject || !found.isEmpty();
                    if (level == 0 && PhraseNations.authoredAttack(parsed, arc.token(), index)) {
                        args.topicAttackers.addAll(found.nations());
                    }
                } else {
                    args.targets.add(found);
                    args.hasObject = args.hasObject || !found.isEmpty();
                    if (marker.equals("from") && level == 0) {
                        args.fromNations.addAll(found.nations());
                    }
                }
            } else if (noun && level == 0 && (arc.is("nmod") || arc.is("obl")) && marker.equals("of")) {
                args.ofNations.addAll(phrase.in(parsed, arc.token(), index));
                // "the expulsion of the Dutch ambassador by Caracas": the parser hangs the noun's agent on its object
                agentOnNoun(parsed, arc.token(), index, args);
            } else if (noun && level == 0 && (arc.is("nmod:poss") || arc.is("amod") || arc.is("compound"))) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
            } else if (noun && level == 0 && arc.is("acl") && !marker.equals("relcl")
                    && IMPOSING.contains(TriggerLexicon.lemma(tokens.get(arc.token())))) {
                // "sanctions imposed by Washington on Caracas", "the expulsion of 45 diplomats, announced by the
                // Moldovan government": the participle's agent did what the noun names, its "on" phrase bore it
                for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                    if ((inner.is("obl") || inner.is("nmod"))
                            && (inner.marker().equals("agent") || inner.marker().equals("by"))) {
                        args.sources.addAll(phrase.in(parsed, inner.token(), index));
                        args.hasSubject = true;
                    } else if ((inner.is("obl") || inner.is("nmod")) && IMPOSED_ON.contains(inner.marker())) {
                        PhraseNations.Found found = phrase.find(parsed, inner.token(), index);
                        args.targets.add(found);
                        args.hasObject = args.hasObject || !found.isEmpty();
                    }
                }
            } else if (arc.is("xcomp") && level < 3) {
                if (!tag(tokens, arc.token()).startsWith("VB")) {
                    // a small clause, "declared two Russian diplomats persona non grata", "designated Iran a sponsor of
                    // terrorism": its subject is the verb's object
                    for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                        if (inner.is("nsubj")) {
                            PhraseNations.Found object = phrase.find(parsed, inner.token(), index);
                            args.targets.add(object);
                            args.hasObject = true;
                            args.hasDirectObject = true;
                        }
                    }
                }
                Arguments inner = new Arguments();
                collect(parsed, arc.token(), tokens, index, inner, level + 1);
                args.clauseTargets.addAll(inner.shallowTargets());
                args.clauseTargets.addAll(inner.clauseTargets);
                args.conditionTargets.addAll(inner.conditionTargets);
                args.hasObject = args.hasObject || inner.hasObject;
            } else if (arc.is("advcl") && CONDITION_MARKERS.contains(marker)) {
                // "threatened to stop talks if the United States goes ahead": the condition names the target
                for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                    if (inner.is("nsubj")) {
                        args.conditionTargets.addAll(phrase.in(parsed, inner.token(), index));
                    }
                }
            } else if (arc.is("ccomp") && level == 0) {
                for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                    if (inner.is("nsubj")) {
                        args.clauseTargets.addAll(phrase.in(parsed, inner.token(), index));
                    } else if (inner.is("advcl") && CONDITION_MARKERS.contains(inner.marker())) {
                        // "warned that Moscow would hit Kyiv if Ukraine fired ...": the condition of what is told
                        // names the one it is aimed at, as a condition of the verb's own clause does
                        for (ParsedSentence.Arc cond : parsed.children(inner.token())) {
                            if (cond.is("nsubj")) {
                                args.conditionTargets.addAll(phrase.in(parsed, cond.token(), index));
                            }
                        }
                    }
                }
            }
        }
    }

    /** Every state of a told clause's subject is the teller's own: "Medvedev warned that Moscow would ...". */
    private static boolean selfTold(java.util.Collection<Mention> clauseTargets, List<Mention> sources) {
        return !clauseTargets.isEmpty() && clauseTargets.stream()
                .allMatch(m -> sources.stream().anyMatch(s -> s.code().equals(m.code())));
    }

    /** The noun a past participle describes ("the accord, signed by ...", "troops sent to Haiti"), or -1. */
    private static int reducedPassiveNoun(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        ParsedSentence.Arc up = parsed.treeParent(head);
        if (up == null || !up.relation().equals("acl") || !"VBN".equals(tag(tokens, head))
                || !tag(tokens, up.token()).startsWith("NN") || !reducedPassiveVerb(parsed, head, tokens)
                || parsed.treeChildren(head).stream().anyMatch(a -> a.is("mark") || a.is("aux") || a.is("nsubj"))) {
            return -1;
        }
        return up.token();
    }

    /**
     * A participle read as a passive clause: one with its own agent ("signed by Cairo and Mogadishu"); not a host's
     * ("a swap brokered by Turkey", read by {@link #hosts}) nor a stative one ("crimes committed by").
     */
    private static boolean reducedPassiveVerb(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        String lemma = TriggerLexicon.lemma(tokens.get(head));
        return !STATIVE_PASSIVES.contains(lemma) && !hostingParticiple(parsed.word(head))
                && parsed.children(head).stream().anyMatch(a -> a.is("obl") && a.marker().equals("by"));
    }

    /** A past participle (VBN, not a past tense) with an active subject, no auxiliary and a "by" phrase. */
    private static boolean misreadPassive(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        if (!"VBN".equals(tag(tokens, head)) || !reducedPassiveVerb(parsed, head, tokens)) {
            return false;
        }
        List<ParsedSentence.Arc> children = parsed.children(head);
        return children.stream().anyMatch(a -> a.relation().equals("nsubj"))
                && children.stream().noneMatch(a -> a.is("aux") || a.is("cop") || a.is("mark"))
                && children.stream().anyMatch(a -> a.is("obl") && a.marker().equals("by"));
    }

    /** An agent ("by X") the parser hung on a noun of the clause instead of on the act: the act's doer. */
    private void agentOnNoun(ParsedSentence parsed, int noun, MentionIndex index, Arguments args) {
        for (ParsedSentence.Arc inner : parsed.children(noun)) {
            if (inner.is("nmod") && (inner.marker().equals("by") || inner.marker().equals("agent"))) {
                List<Mention> agents = phrase.in(parsed, inner.token(), index);
                if (!agents.isEmpty()) {
                    args.sources.addAll(agents);
                    args.hasSubject = true;
                    args.hasAgent = true;
                }
            }
        }
    }

    /** "held talks with", "imposed sanctions on", "remained on alert": the verb carries the noun's arguments. */
    private void climbToGoverningVerb(ParsedSentence parsed, int noun, List<CoreLabel> tokens, MentionIndex index,
            Arguments args,
            boolean mutualType) {
        for (ParsedSentence.Arc parent : parsed.parents(noun)) {
            if ((parent.is("nmod") && parent.marker().equals("of")
                    && CONTAINERS.contains(TriggerLexicon.lemma(tokens.get(parent.token()))))
                    || parent.is("compound")) {
                // "opened the third edition of their joint exercise": the edition stands for the exercise; "phone call"
                climbToGoverningVerb(parsed, parent.token(), tokens, index, args, mutualType);
                return;
            }
            boolean core = parent.is("obj") || parent.is("nsubj:pass");
            if (!core && !parent.is("obl") && !parent.is("nmod")) {
                continue;
            }
            Arguments verb = new Arguments();
            collect(parsed, parent.token(), tokens, index, verb, 0);
            if (core && RECEIVING.contains(TriggerLexicon.lemma(tokens.get(parent.token()))) && !verb.fromNations.isEmpty()
                    && !verb.hasAgent) {
                // "Nepal received aid from India"
                args.sources.clear();
                args.sources.addAll(verb.fromNations);
                args.targets.add(new PhraseNations.Found(new ArrayList<>(verb.sources), 0));
                args.hasSubject = true;
                return;
            }
            boolean ownActor = !args.sources.isEmpty() || !args.ofNations.isEmpty();
            // "following a request from Libya, Turkey deployed ...": a request the clause answers, as "at Kyiv's request"
            boolean answered = TriggerSelection.ASKING.contains(TriggerLexicon.lemma(tokens.get(noun)))
                    && Set.of("after", "following").contains(parent.marker());
            boolean occasion = OCCASION_MARKERS.contains(parent.marker()) || answered
                    || (mutualType && MUTUAL_OCCASION_MARKERS.contains(parent.marker()));
            if (!core && occasion && ownActor && args.shallowTargets().isEmpty()) {
                // "Poland sent troops at Kyiv's request": Kyiv asks Poland; "signed a treaty during a visit by
                // Tajikistan's president": he visits the signers
                args.sources.addAll(args.ofNations);
                args.ofNations.clear();
                List<Mention> asked = new ArrayList<>(verb.sources);
                // "detained the ship off its coast at Kyiv's request": the parser hangs the occasion on a noun of
                // the clause; whoever acts is the subject of the verb that noun belongs to
                // (only for a request or invitation, "at", "on", "upon": "weeks after a visit by envoys from Lebanon" is
                // a meeting beside the clause, not one with its subject)
                boolean asking = OCCASION_MARKERS.contains(parent.marker()) || answered;
                for (int up = parent.token(), steps = 0; asking && asked.isEmpty() && steps < 4
                        && tag(tokens, up).startsWith("NN")
                        && parsed.treeParent(up) != null; steps++) {
                    up = parsed.treeParent(up).token();
                    if (tag(tokens, up).startsWith("VB")) {
                        Arguments clause = new Arguments();
                        collect(parsed, up, tokens, index, clause, 0);
                        asked.addAll(clause.sources);
                    }
                }
                args.targets.add(new PhraseNations.Found(asked, 0));
                return;
            }
            if (args.sources.isEmpty()) {
                args.sources.addAll(verb.sources);
                args.hasSubject = args.hasSubject || verb.hasSubject;
            }
            if (!core && mutualType && !ownActor && args.shallowTargets().isEmpty() && CALL_MARKERS.contains(parent.marker())) {
                // "apologised to Aliyev in a telephone call": the call is between the verb's own parties
                args.targets.addAll(verb.targets);
            }
            boolean answering = core || ((parent.is("obl") || parent.is("nmod")) && parent.marker().equals("to"));
            if (answering && ownActor && TriggerSelection.answeredClaim(TriggerLexicon.lemma(tokens.get(noun)))
                    && args.shallowTargets().isEmpty()) {
                // "Germany will approve Poland's request", "Israel agreed to a U.S. request": whoever answers a request
                // was asked; "Rwanda denied allegations by Kinshasa": whoever denies an accusation was accused
                List<Mention> answerers = new ArrayList<>(verb.sources);
                if (answerers.isEmpty()) {
                    // "..., defying appeals from Washington", "conceding to a request from Cairo": a participle that
                    // answers it acts for the clause's subject
                    answerers.addAll(adjunctSubject(parsed, parent.token(), tokens, index));
                }
                args.targets.add(new PhraseNations.Found(answerers, 0));
                return;
            }
            if (core) {
                args.targets.addAll(verb.targets);
                args.hasObject = args.hasObject || verb.hasObject;
            }
            return;
        }
    }

    /**
     * Attacks on civilians, whose victim state often only speaks about them (clashes and seizures are as often reported by a
     * third state).
     */
    private static final Set<PloverType> VICTIM_SPEAKS = Set.of(PloverType.ASSAULT);

    /** The verb whose clause holds the trigger: the trigger itself, or the first verb above a noun trigger. */
    private static int clauseOf(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        int current = head;
        for (int steps = 0; steps < 4 && !tag(tokens, current).startsWith("VB"); steps++) {
            ParsedSentence.Arc up = parsed.treeParent(current);
            if (up == null) {
                return head;
            }
            current = up.token();
        }
        return current;
    }

    /**
     * Acts done with force or goods, not words: a participle of these after a speech tag goes on with the act reported
     * ("North Korea has shipped munitions to Russia, Seoul said, receiving food in return"), and one after a clause is
     * often figurative ("won the vote, beating bids from Korea").
     */
    private static final Set<PloverType> MATERIAL_ACTS = Set.of(PloverType.FIGHT, PloverType.ASSAULT, PloverType.COERCE,
            PloverType.MOBILIZE, PloverType.AID, PloverType.COOPERATE, PloverType.RETREAT, PloverType.INVESTIGATE);

    /** Acts done to people or envoys, whose agentless passive names the acting state by place ("detained in China"). */
    /** Reactions to what another state did: their target is the doer when the sentence addresses no state. */
    private static final Set<PloverType> REACTIONS = Set.of(PloverType.DISAPPROVE, PloverType.PROTEST,
            PloverType.ACCUSE);

    private static final Set<PloverType> DONE_TO_THE_SUBJECT = Set.of(PloverType.COERCE, PloverType.SANCTION,
            PloverType.PROTEST);

    /** Accusations and demands: aimed at a state even when the clause names only what it did or must do. */
    private static final Set<PloverType> CHARGES = Set.of(PloverType.ACCUSE, PloverType.DEMAND);
    /**
     * Acts whose clause often leaves the state they reach to the rest of the sentence: aid flown in after a disaster
     * there, an envoy recalled over another state's
     * remarks, signals jammed over a region the sentence names with its state.
     */
    private static final Set<PloverType> RECEIVER_UNSAID = Set.of(PloverType.AID, PloverType.SANCTION, PloverType.COERCE);

    private static List<Mention> soleOther(SentenceContext sentence, List<Mention> sources) {
        Set<String> sourceCodes = new HashSet<>();
        sources.forEach(m -> sourceCodes.add(m.code()));
        if (sentence.mentions().stream().anyMatch(m -> m.entry().kind() == EntryKind.ORGANIZATION)) {
            return List.of(); // "demanded a meeting of the U.N. Security Council": the body may be the one addressed
        }
        Map<String, Mention> others = new LinkedHashMap<>();
        sentence.mentions().stream().filter(Mention::isNation).filter(m -> !sourceCodes.contains(m.code()))
                .forEach(m -> others.putIfAbsent(m.code(), m));
        return others.size() == 1 ? new ArrayList<>(others.values()) : List.of();
    }

    private Actors subjectIsTarget(ParsedSentence parsed, int head, SentenceContext sentence, MentionIndex index) {
        for (ParsedSentence.Arc parent : parsed.parents(head)) {
            List<Mention> sources = speakers.speakerOf(parsed, parent.token(), index);
            List<Mention> targets = new ArrayList<>();
            for (ParsedSentence.Arc arc : parsed.children(parent.token())) {
                if (arc.is("nsubj") && tag(sentence.tokens(), arc.token()).startsWith("PRP")) {
                    // "reminded Iraq that it must ...": the pronoun stands for the nation named just before
                    antecedent(sentence, arc.token(), sources).ifPresent(targets::add);
                } else if (arc.is("nsubj")) {
                    targets.addAll(phrase.in(parsed, arc.token(), index));
                }
            }
            if (!sources.isEmpty() && !targets.isEmpty()) {
                return new Actors(sources, targets, true, true, false);
            }
        }
        return new Actors(List.of(), List.of(), true, true, false);
    }

    private static java.util.Optional<Mention> antecedent(SentenceContext sentence, int pronoun, List<Mention> speakers) {
        Mention best = null;
        for (Mention m : sentence.actorCandidates()) {
            boolean speaker = speakers.stream().anyMatch(s -> s.code().equals(m.code()));
            if (m.lastToken() < pronoun && !speaker && (best == null || m.lastToken() > best.lastToken())) {
                best = m;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static boolean isTargetMarker(String marker, MentionIndex index) {
        return TARGET_MARKERS.contains(marker) || (index.venuesAllowed() && marker.equals("in"));
    }

    private static boolean hasSubjectArc(ParsedSentence parsed, int head) {
        return parsed.children(head).stream().anyMatch(a -> a.is("nsubj") || a.is("csubj"));
    }

    private static boolean subjectMissingOrPronoun(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                return tag(tokens, arc.token()).startsWith("PRP") || ownedByPronoun(parsed, arc.token(), tokens);
            }
        }
        return true;
    }

    /**
     * Whether the first person does the act: its subject is "I" or "we", shared with the verb it is joined to ("I spoke
     * with ... and congratulated him"), or left out at the quotation's start ("Spoke to my friend @AlboMP").
     */
    private static boolean firstPersonActs(ParsedSentence parsed, int head, List<CoreLabel> tokens, int[] quotation) {
        int verb = head;
        for (int hops = 0; hops < 3; hops++) {
            for (ParsedSentence.Arc arc : parsed.children(verb)) {
                if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                    return QuotedSpeakers.firstPersonSubject(tokens, arc.token());
                }
            }
            if (verb == quotation[0] && tag(tokens, verb).startsWith("VB")) {
                return true;
            }
            ParsedSentence.Arc up = parsed.treeParent(verb);
            if (up == null || !up.relation().startsWith("conj")) {
                return false;
            }
            verb = up.token();
        }
        return false;
    }

    /** Whether the first person is what the act is done to or owns its object: "forgive us", "met our demands". */
    private static boolean firstPersonUndergoes(ParsedSentence parsed, int head, List<CoreLabel> tokens) {
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if (arc.is("obj") || arc.is("iobj")) {
                if (QuotedSpeakers.firstPersonObject(tokens, arc.token()) || parsed.children(arc.token()).stream()
                        .anyMatch(a -> a.is("nmod:poss") && QuotedSpeakers.firstPersonObject(tokens, a.token()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "its air force", "their troops": a subject owned by a pronoun (called only when the phrase names no nation). */
    private static boolean ownedByPronoun(ParsedSentence parsed, int subject, List<CoreLabel> tokens) {
        return parsed.children(subject).stream()
                .anyMatch(a -> a.is("nmod:poss") && tag(tokens, a.token()).equals("PRP$"));
    }

    static String tag(List<CoreLabel> tokens, int token) {
        String tag = token >= 0 && token < tokens.size() ? tokens.get(token).tag() : null;
        return tag == null ? "" : tag;
    }
}
