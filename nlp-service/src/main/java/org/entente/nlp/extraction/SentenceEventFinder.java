package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.entente.nlp.domain.PairKey;

/**
 * Turns the triggers of one sentence into events between the nations it names. Sentences without
 * two nations or without a trigger cost nothing more; only the others are dependency-parsed.
 */
final class SentenceEventFinder {

    private final TriggerLexicon lexicon;
    private final SentenceParser parser;
    private final ActorResolver actors = new ActorResolver();
    private final FallbackActors fallback = new FallbackActors();
    private final ClauseActors clauses = new ClauseActors();
    private final OccasionActors occasions = new OccasionActors();
    private final GiftParticiples gifts = new GiftParticiples();
    private final ReleasedCaptives captives = new ReleasedCaptives();
    private final SignedOrders orders = new SignedOrders();
    private final TriggerSelection selection = new TriggerSelection();
    private final ModalityDetector modality = new ModalityDetector();
    private final SubtypeDetector subtypes = new SubtypeDetector();
    private final TypeConvention convention = new TypeConvention();
    private final Judgements judgements = new Judgements();
    private final RetaliationVows vows = new RetaliationVows();
    private final Admissions admissions = new Admissions();
    private final ActsUnderPressure pressured = new ActsUnderPressure();
    private final YieldingUnderPressure yielding = new YieldingUnderPressure();
    private final MessageContents messages = new MessageContents();
    private final PluralReferents referents = new PluralReferents();
    private final ActMeetings actMeetings = new ActMeetings();
    private final BrokeredActs brokered = new BrokeredActs();
    private final RequestAddressees addressees = new RequestAddressees();
    private final ProvokedResponses provoked = new ProvokedResponses();
    private final ContactPurposes purposes = new ContactPurposes();
    private final ReportedAccusations accusations = new ReportedAccusations();
    private final NamedGrievances grievances = new NamedGrievances();
    private final RefusedOffers offers = new RefusedOffers();
    private final DraftVotes draftVotes = new DraftVotes();

    private final LearnedPairs learned;

    SentenceEventFinder(TriggerLexicon lexicon, SentenceParser parser, LearnedPairs learned) {
        this.lexicon = lexicon;
        this.parser = parser;
        this.learned = learned;
    }

    List<ExtractedEvent> find(SentenceContext sentence) {
        if (sentence.distinctNationCodes() < 2 || SportsDiscards.shared().holds(sentence.tokens())) {
            // a sports phrase ("a World Cup qualifier", "a test series"): teams play, states do not act
            return List.of();
        }
        List<TriggerMatch> triggers = lexicon.find(sentence.tokens());
        if (triggers.isEmpty() && !Judgements.mayHold(sentence.tokens()) && !RetaliationVows.mayHold(sentence.tokens())
                && !ReportedAccusations.mayHold(sentence.tokens())) {
            return List.of();
        }
        ParsedSentence parsed = parser.parse(sentence.sentence());
        List<EventCandidate> candidates = new ArrayList<>();
        List<TriggerMatch> selected = selection.select(triggers, sentence, parsed);
        int mainDepth = selected.stream().mapToInt(t -> depth(t, parsed)).min().orElse(0);
        Map<TriggerMatch, Actors> resolved = new LinkedHashMap<>();
        for (TriggerMatch trigger : selected) {
            if (parsed != null && contest(trigger, parsed, sentence)) {
                continue;
            }
            Actors found = parsed == null ? Actors.none() : actors.resolve(parsed, trigger, sentence);
            int depth = depth(trigger, parsed);
            // word order guesses for verbs and for the sentence's main event; a nominal side event ("after a
            // state of siege was declared in ...") speaks only with the actors its own phrase names
            boolean mayGuess = depth == mainDepth || !ActorResolver.tag(sentence.tokens(), trigger.head()).startsWith("NN");
            found = gifts.complete(found, trigger, sentence, parsed);
            found = captives.complete(found, trigger, sentence, parsed);
            found = orders.complete(found, trigger, sentence, parsed);
            // "..., prompting Baghdad to open an investigation": a response answers the act that provoked it
            found = provoked.complete(found, trigger, sentence, parsed);
            // "..., with the United States voting against it": a vote against a draft faces its drafters
            found = draftVotes.complete(trigger, found, parsed, sentence);
            Actors completed = mayGuess ? fallback.complete(found, trigger, sentence) : found;
            // a mutual event whose other parties the parse hung elsewhere takes them from its clause
            completed = mayGuess ? clauses.complete(completed, trigger, sentence, parsed) : completed;
            completed = occasions.complete(completed, trigger, sentence, parsed);
            // "..., following a request from Washington": a request that names only its asker asks the clause's subject
            completed = addressees.complete(trigger, completed, parsed, sentence);
            resolved.put(trigger, completed);
        }
        Map<TriggerMatch, Actors> completedActors = new LinkedHashMap<>();
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            TriggerMatch trigger = entry.getKey();
            // "summoned Iran's ambassador to demand an explanation": the purpose is the summoner's, toward the summoned
            Actors completed = purposes.complete(trigger, entry.getValue(), resolved, parsed, sentence);
            completed = reaction(trigger, completed, resolved);
            // "...; Berlin denies": a headline's answer after a semicolon faces the doers of the act told before it
            completed = HeadlineReactions.answer(trigger, completed, resolved, sentence.tokens());
            // "after their ministers met", "where they agreed": the states a plural word stands for meet each other
            completed = referents.complete(trigger, completed, resolved, parsed);
            // "X agreed to ..., its minister said after talks in Y": the meeting is held by the act's parties
            completed = actMeetings.complete(trigger, completed, resolved, parsed, sentence);
            // "swapped prisoners in an exchange mediated by the UAE": the broker meets each party of the act
            completed = brokered.complete(trigger, completed, resolved, parsed, sentence);
            completed = parsed == null ? completed : unreachedAgreement(trigger, completed, resolved, parsed);
            completedActors.put(trigger, completed);
            // "sent a congratulatory message": the sending is the support it carries
            trigger = messages.retype(trigger, sentence, parsed);
            // "welcomed Chinese President Xi Jinping to Belgrade": receiving a visitor, not backing a step
            trigger = WelcomedVisitors.retype(trigger, sentence, parsed);
            for (EventCandidate candidate : pairs(trigger, completed, depth(trigger, parsed))) {
                candidates.add(candidate);
                if (parsed != null && signedInPerson(candidate.trigger(), parsed, sentence)) {
                    candidates.add(new EventCandidate(candidate.trigger().retyped(PloverType.CONSULT), candidate.source(),
                            candidate.target(), candidate.depth(), candidate.confidence()));
                }
                if (Apologies.toALeader(candidate.trigger(), sentence, parsed)) {
                    candidates.add(new EventCandidate(candidate.trigger().retyped(PloverType.CONCEDE), candidate.source(),
                            candidate.target(), candidate.depth(), candidate.confidence()));
                }
            }
        }
        if (parsed != null) {
            judged(sentence, parsed, candidates, resolved);
            vowed(sentence, parsed, candidates, resolved);
            admitted(sentence, parsed, candidates, resolved);
            accused(sentence, parsed, candidates);
            grieved(sentence, parsed, candidates, completedActors);
            // "India rejected Pakistan's offer of talks": the offer was made too (coding guide, refused offers)
            told(PloverType.AGREE, OFFER_WEIGHT, offers.find(sentence, parsed, completedActors), sentence, parsed,
                    candidates);
        }
        Map<String, ExtractedEvent> events = new LinkedHashMap<>();
        List<EventCandidate> chosen = choose(candidates);
        messages.dropCarriers(chosen, sentence);
        for (EventCandidate candidate : chosen) {
            ExtractedEvent event = toEvent(candidate, sentence, parsed);
            // the intent convention can turn two types into one: keep one event per type and pair
            events.merge(event.type() + "|" + PairKey.of(event.source(), event.target()), event,
                    (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        // "agreed to ..., hours after Trump ordered tariffs on Colombian officials": giving in, not a deal
        List<ExtractedEvent> ruled = yielding.apply(events.values(), sentence, parsed);
        // what the rules miss among the sentence's actors, where a model trained on coded sentences is sure enough
        return learned.complete(ruled, sentence, triggers, setAside(triggers, selected), parsed);
    }

    /**
     * The types whose every trigger the selection set aside ("released a report", "left a summit"): the rules read
     * the words and decided there is no such event, which the learned pass must not overrule.
     */
    private static Set<PloverType> setAside(List<TriggerMatch> triggers, List<TriggerMatch> selected) {
        Set<PloverType> types = EnumSet.noneOf(PloverType.class);
        triggers.forEach(t -> types.add(t.type()));
        selected.forEach(t -> types.remove(t.type()));
        return types;
    }

    /**
     * A state's judgement of another's act told across clauses (Judgements): the judge disapproves of the act's doer. A
     * reaction noun read there ("drew criticism from Egypt") speaks only through it, not as a trigger of its own.
     */
    private void judged(SentenceContext sentence, ParsedSentence parsed, List<EventCandidate> candidates,
            Map<TriggerMatch, Actors> resolved) {
        for (Judgements.Judgement judgement : judgements.find(sentence, parsed)) {
            if (judgement.reaction() >= 0) {
                candidates.removeIf(c -> c.trigger().head() == judgement.reaction());
            }
            if (judgement.naming()) {
                // "called the Iranian attack on its oil facilities an act of war" names, it calls on no one
                candidates.removeIf(c -> c.trigger().head() == judgement.head() && c.trigger().type() != PloverType.DISAPPROVE);
            }
            int head = judgement.head();
            String text = sentence.tokens().get(head).word()
                    + (judgement.reaction() >= 0 ? " " + sentence.tokens().get(judgement.reaction()).word() : "");
            TriggerMatch trigger = new TriggerMatch(new TriggerRule(PloverType.DISAPPROVE, null, List.of(), JUDGEMENT_WEIGHT,
                    "-"), head, head, Math.max(head, judgement.reaction()), text);
            for (Mention judge : judgement.judges()) {
                for (Mention doer : judgement.doers()) {
                    addPair(candidates, trigger, judge, doer, parsed.depth(head), JUDGEMENT_WEIGHT);
                }
            }
        }
    }

    private static final double JUDGEMENT_WEIGHT = 0.6;

    /**
     * A vow of retaliation told as a clause (RetaliationVows): "vowed that Iran's supreme leader would pay a heavy price".
     * One the lexicon already reads ("vowing to retaliate") is that trigger's; a vow naming no one answered faces the
     * acts the sentence tells (reaction).
     */
    private void vowed(SentenceContext sentence, ParsedSentence parsed, List<EventCandidate> candidates,
            Map<TriggerMatch, Actors> resolved) {
        for (RetaliationVows.Vow vow : vows.find(sentence, parsed)) {
            if (toldByLexicon(vow.head(), resolved, parsed)) {
                continue;
            }
            TriggerMatch trigger = new TriggerMatch(new TriggerRule(PloverType.THREATEN, null, List.of(), VOW_WEIGHT, "-"),
                    vow.head(), vow.head(), vow.head(), vow.text());
            Actors found = reaction(trigger, new Actors(vow.vowers(), vow.targets(), true, !vow.targets().isEmpty(), false),
                    resolved);
            candidates.addAll(pairs(trigger, found, parsed.depth(vow.head())));
        }
    }

    private static final double VOW_WEIGHT = 0.6;

    /**
     * A state owning up to a wrong done to another (Admissions): CONCEDE from the admitter to the wronged; the admitted
     * act keeps its own trigger, as an admission tells that it happened.
     */
    private void admitted(SentenceContext sentence, ParsedSentence parsed, List<EventCandidate> candidates,
            Map<TriggerMatch, Actors> resolved) {
        Map<Integer, PloverType> acts = new LinkedHashMap<>();
        resolved.keySet().forEach(t -> acts.put(t.head(), t.type()));
        told(PloverType.CONCEDE, ADMISSION_WEIGHT, admissions.find(sentence, parsed, acts), sentence, parsed, candidates);
        // "Under pressure from Washington, Kazakhstan agreed to ...": the phrase tells the giving in, whatever the act
        told(PloverType.CONCEDE, ADMISSION_WEIGHT, pressured.find(sentence, parsed), sentence, parsed, candidates);
    }

    /** Each clause act as an event of the type from its doers to its targets, at the word that tells it. */
    private void told(PloverType type, double weight, List<ClauseAct> acts, SentenceContext sentence, ParsedSentence parsed,
            List<EventCandidate> candidates) {
        for (ClauseAct act : acts) {
            int head = act.head();
            TriggerMatch trigger = new TriggerMatch(new TriggerRule(type, null, List.of(), weight, "-"), head, head, head,
                    sentence.tokens().get(head).word());
            candidates.addAll(pairs(trigger, new Actors(act.doers(), act.targets(), true, true, false), parsed.depth(head)));
        }
    }

    private static final double ADMISSION_WEIGHT = 0.6;

    /**
     * A wrong told as what a state says another did (ReportedAccusations): "Vilnius said Russia was behind the fires" is
     * ACCUSE from the sayer to the doer; the told act keeps its own trigger.
     */
    private void accused(SentenceContext sentence, ParsedSentence parsed, List<EventCandidate> candidates) {
        told(PloverType.ACCUSE, ACCUSATION_WEIGHT, accusations.find(sentence, parsed), sentence, parsed, candidates);
    }

    private static final double ACCUSATION_WEIGHT = 0.6;

    private static final double OFFER_WEIGHT = 0.6;

    /**
     * A wrong a state names as the reason of its own act (NamedGrievances): "summoned the British ambassador to protest
     * what it called London's interference" is also ACCUSE from the summoner.
     */
    private void grieved(SentenceContext sentence, ParsedSentence parsed, List<EventCandidate> candidates,
            Map<TriggerMatch, Actors> completed) {
        told(PloverType.ACCUSE, ACCUSATION_WEIGHT, grievances.find(sentence, parsed, completed), sentence, parsed,
                candidates);
    }

    /** A THREATEN trigger of the lexicon that spans the vow's clause or governs it ("reserved the right to respond"). */
    private static boolean toldByLexicon(int clause, Map<TriggerMatch, Actors> resolved, ParsedSentence parsed) {
        for (TriggerMatch trigger : resolved.keySet()) {
            if (trigger.type() != PloverType.THREATEN) {
                continue;
            }
            if (trigger.firstToken() <= clause && clause <= trigger.lastToken()) {
                return true;
            }
            int current = clause;
            for (int steps = 0; steps < 2; steps++) {
                ParsedSentence.Arc up = parsed.treeParent(current);
                if (up == null) {
                    break;
                }
                current = up.token();
                if (current == trigger.head()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Acts no show of force answers: "massed troops ..., weeks after a visit by envoys from Lebanon". */
    private static final java.util.Set<PloverType> UNPROVOKING = java.util.EnumSet.of(PloverType.CONSULT);

    /**
     * "..., prompting Seoul to put its frontline units on alert", "Taipei put its forces on alert and condemned the
     * exercises", "prompting Japan and South Korea to scramble fighter jets": a show of force with an actor but no
     * target answers the other acts the sentence tells, so it faces their actors (the states acting in the
     * sentence's other events, not the mobilizing state); a visit or a meeting provokes none.
     */
    private static Actors reaction(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved) {
        if (trigger.type() == PloverType.AID && !found.sources().isEmpty() && found.targets().isEmpty()) {
            return sharedRecipient(trigger, found, resolved);
        }
        if ((trigger.type() == PloverType.THREATEN || trigger.rule().answer()) && !found.sources().isEmpty()
                && found.targets().isEmpty()) {
            return answered(trigger, found, resolved);
        }
        if (trigger.type() != PloverType.MOBILIZE || found.sources().isEmpty() || !found.targets().isEmpty()) {
            return found;
        }
        List<String> own = found.sources().stream().map(Mention::code).toList();
        List<Mention> others = new ArrayList<>();
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            if (entry.getKey() == trigger || UNPROVOKING.contains(entry.getKey().type())) {
                continue;
            }
            for (Mention m : entry.getValue().sources()) {
                if (!own.contains(m.code()) && others.stream().noneMatch(o -> o.code().equals(m.code()))) {
                    others.add(m);
                }
            }
        }
        return others.isEmpty() ? found : found.with(found.sources(), others, true);
    }

    /** Acts by which a state does not turn on the one it acts upon. */
    private static final java.util.Set<PloverType> FRIENDLY = java.util.EnumSet.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);

    /**
     * "Norway expelled 15 Russian diplomats, and Moscow vowed a response in kind", "Pakistan's military said, vowing to
     * retaliate", "Iran blamed Israel for the blackout, and Zarif promised revenge": a threat that names no one answers
     * the acts the sentence tells, so it faces their actors, and failing them the states its own maker turned on.
     */
    private static Actors answered(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved) {
        List<String> own = found.sources().stream().map(Mention::code).toList();
        List<Mention> doers = new ArrayList<>();
        List<Mention> doersToVower = new ArrayList<>();
        List<Mention> turnedOn = new ArrayList<>();
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            if (entry.getKey() == trigger || UNPROVOKING.contains(entry.getKey().type())) {
                continue;
            }
            boolean byVower = entry.getValue().sources().stream().anyMatch(m -> own.contains(m.code()));
            boolean toVower = entry.getValue().targets().stream().anyMatch(m -> own.contains(m.code()));
            for (Mention m : entry.getValue().sources()) {
                if (!own.contains(m.code()) && doers.stream().noneMatch(o -> o.code().equals(m.code()))) {
                    doers.add(m);
                    if (toVower) {
                        doersToVower.add(m);
                    }
                }
            }
            if (byVower && !FRIENDLY.contains(entry.getKey().type())) {
                for (Mention m : entry.getValue().targets()) {
                    if (!own.contains(m.code()) && turnedOn.stream().noneMatch(o -> o.code().equals(m.code()))) {
                        turnedOn.add(m);
                    }
                }
            }
        }
        // the acts done to the vower first: "Norway expelled Russian diplomats, and Moscow vowed a response"
        List<Mention> answered = !doersToVower.isEmpty() ? doersToVower : doers.isEmpty() ? turnedOn : doers;
        return answered.isEmpty() ? found : found.with(found.sources(), answered, true);
    }

    /**
     * "talks between the two countries ended without agreement", "held talks that ended without a deal": the agreement
     * not reached is the meeting's parties' (AGREE, negated); the meeting's own event knows them best.
     */
    private static Actors unreachedAgreement(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved,
            ParsedSentence parsed) {
        if (trigger.type() != PloverType.AGREE || !TriggerSelection.without(trigger.head(), parsed)) {
            return found;
        }
        int meeting = TriggerSelection.endedMeeting(trigger.head(), parsed);
        if (meeting < 0) {
            return found;
        }
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            TriggerMatch other = entry.getKey();
            boolean same = other.head() == meeting || (other.firstToken() <= meeting && meeting <= other.lastToken());
            if (other != trigger && same && other.type() == PloverType.CONSULT) {
                return entry.getValue();
            }
        }
        return found;
    }

    /** Verbs of signing an agreement, and of leaders overseeing a signing ("oversaw the signing of 45 documents"). */
    private static final java.util.Set<String> SIGNING = java.util.Set.of("sign", "seal", "ink", "conclude", "initial",
            "initialle", "oversee", "witness");
    /** Heads of a subject that is a person in office: "the two leaders signed". */
    private static final java.util.Set<String> LEADERS = java.util.Set.of(
            "leader", "president", "minister", "premier", "chancellor", "counterpart", "king", "emir", "prince", "sheikh");

    /**
     * "Greek Prime Minister Mitsotakis and Turkish President Erdogan signed a declaration in Athens", "as the two leaders
     * signed a statement": people who sign together met (CONSULT) as well as agreed; states that sign ("Croatia, Albania
     * and Kosovo signed") may have signed by envoys.
     */
    private static boolean signedInPerson(TriggerMatch trigger, ParsedSentence parsed, SentenceContext sentence) {
        if (trigger.type() != PloverType.AGREE
                || !SIGNING.contains(TriggerLexicon.lemma(sentence.tokens().get(trigger.head())))) {
            return false;
        }
        for (ParsedSentence.Arc arc : parsed.children(trigger.head())) {
            if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass") && personInOffice(arc.token(), parsed, sentence)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the phrase headed by a token is a person in office: an official the leaders list knows, a leader named by
     * title and name ("Turkish President Tayyip Erdogan"; not "Saudi Aramco"), or a title ("the two leaders").
     */
    static boolean personInOffice(int head, ParsedSentence parsed, SentenceContext sentence) {
        boolean official = sentence.mentions().stream()
                .anyMatch(m -> m.covers(head) && m.entry().kind() == EntryKind.OFFICIAL);
        boolean titled = parsed.treeChildren(head).stream().anyMatch(
                t -> (t.is("compound") || t.relation().startsWith("flat")) && LEADERS.contains(parsed.lemma(t.token())));
        return official || titled || LEADERS.contains(parsed.lemma(head));
    }

    /**
     * "Australia and New Zealand flew rescue teams into Port Vila ..., while France sent a military aircraft with aid":
     * aid with a giver and no recipient goes where the sentence's other aid goes.
     */
    private static Actors sharedRecipient(TriggerMatch trigger, Actors found, Map<TriggerMatch, Actors> resolved) {
        List<String> own = found.sources().stream().map(Mention::code).toList();
        List<Mention> recipients = new ArrayList<>();
        for (Map.Entry<TriggerMatch, Actors> entry : resolved.entrySet()) {
            if (entry.getKey() == trigger || entry.getKey().type() != PloverType.AID) {
                continue;
            }
            for (Mention m : entry.getValue().targets()) {
                if (!own.contains(m.code()) && recipients.stream().noneMatch(o -> o.code().equals(m.code()))) {
                    recipients.add(m);
                }
            }
        }
        return recipients.isEmpty() ? found : found.with(found.sources(), recipients, true);
    }

    /** Places where people live or are served: struck, they make an attack one on civilians. */
    private static final java.util.Set<String> CIVILIAN_PLACES = java.util.Set.of(
            "town", "village", "city", "neighbourhood", "neighborhood", "suburb", "district", "building", "mall",
            "bus", "train", "infrastructure", "substation", "grid", "shelter", "camp", "prison", "dam", "pilot",
            "crew", "sailor", "people", "resident", "inmate", "employee", "worker", "family", "woman");
    /** Relations that lead from an attack to what it struck. */
    private static final java.util.Set<String> STRUCK_MARKERS = java.util.Set.of("on", "at", "against", "into");

    /**
     * PLOVER's line between FIGHT and ASSAULT read at the attack's own target: "shelled the Armenian town of Jermuk",
     * "struck a residential building", "a strike on a power substation", not at a word anywhere in the sentence.
     */
    private static boolean civilianObject(ParsedSentence parsed, int head, SentenceContext sentence) {
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            // what was hit: the object, the passive subject, or a phrase "on", "at", "against", "into" ("fought
            // around the town" is a battle near it, not an attack on it)
            boolean struck = arc.is("obj") || arc.is("nsubj:pass")
                    || ((arc.is("obl") || arc.is("nmod")) && STRUCK_MARKERS.contains(arc.marker()));
            if (!struck) {
                continue;
            }
            String lemma = TriggerLexicon.lemma(sentence.tokens().get(arc.token()));
            if (CIVILIAN_PLACES.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of winning a contest, which the dictionary also reads as a beating (CAMEO 18). */
    private static final java.util.Set<String> CONTEST_VERBS = java.util.Set.of("beat", "outvote", "outbid");

    /**
     * "Slovenia beat Belarus to win the seat", "Argentina beat Colombia 1-0", "Riyadh beat Rome in the vote": a state
     * beaten by its name or its capital lost a match, a vote or a bid; people are beaten ("police beat Afghan
     * migrants"), countries are outplayed.
     */
    private static boolean contest(TriggerMatch trigger, ParsedSentence parsed, SentenceContext sentence) {
        if (!CONTEST_VERBS.contains(TriggerLexicon.lemma(sentence.tokens().get(trigger.head())))) {
            return false;
        }
        // the object, or the word right after the verb ("Argentina beat Colombia 1-0", where the score is the object)
        List<Integer> beaten = new ArrayList<>(List.of(trigger.head() + 1));
        parsed.children(trigger.head()).stream().filter(a -> a.is("obj")).forEach(a -> beaten.add(a.token()));
        for (int token : beaten) {
            for (Mention m : sentence.mentions()) {
                if (m.covers(token) && (m.entry().kind() == EntryKind.NATION_NAME
                        || m.entry().kind() == EntryKind.CAPITAL)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Verbs that put forces somewhere; massing and reinforcing are postures wherever they happen. */
    private static final java.util.Set<String> STATIONING = java.util.Set.of("deploy", "station", "base", "send",
            "dispatch", "post", "move");
    /** Where forces go into a state: "deployed to Belarus", "stationed in Lithuania", "sent into Russia's Kursk region". */
    private static final java.util.Set<String> INTO = java.util.Set.of("to", "in", "into");

    /**
     * Forces or weapons deployed into a state itself ("Russia deployed nuclear weapons to Belarus", "Germany stationed a
     * brigade in Lithuania", "troops deployed to Russia's Kursk region") are stationed there with it, material military
     * cooperation (coding guide: COOPERATE); a show of force is deployed near, off or along a state's border (MOBILIZE).
     */
    private static boolean stationedIn(ParsedSentence parsed, EventCandidate c, SentenceContext sentence) {
        if (!STATIONING.contains(TriggerLexicon.lemma(sentence.tokens().get(c.trigger().head())))) {
            return false;
        }
        for (ParsedSentence.Arc arc : parsed.children(c.trigger().head())) {
            if (!arc.is("obl") || !INTO.contains(arc.marker())) {
                continue;
            }
            if (names(sentence, arc.token(), c.target().code())) {
                return true;
            }
            for (ParsedSentence.Arc inner : parsed.children(arc.token())) {
                if (inner.is("nmod:poss") && names(sentence, inner.token(), c.target().code())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(SentenceContext sentence, int token, String code) {
        for (Mention m : sentence.mentions()) {
            if (m.covers(token) && m.code().equals(code)
                    && (m.entry().kind() == EntryKind.NATION_NAME || m.entry().kind() == EntryKind.CAPITAL)) {
                return true;
            }
        }
        return false;
    }

    private static int depth(TriggerMatch trigger, ParsedSentence parsed) {
        return parsed == null ? 0 : parsed.depth(TriggerSelection.anchor(trigger, parsed));
    }

    private static List<EventCandidate> pairs(TriggerMatch trigger, Actors actors, int depth) {
        List<EventCandidate> pairs = new ArrayList<>();
        double confidence = trigger.rule().weight() * (actors.guessed() ? 0.75 : 1.0);
        if (actors.targets().isEmpty()) {
            if (trigger.rule().reciprocal()) {
                addAmong(pairs, trigger, actors.sources(), depth, confidence);
            }
        } else {
            // "ordered the withdrawal of its staff from Argentina, Chile and Peru": a list read on both sides of a one-sided
            // act names those it is done to, not states acting on each other
            List<String> bothSides = trigger.rule().reciprocal() ? List.of()
                    : actors.sources().stream().map(Mention::code).distinct()
                            .filter(c -> actors.targets().stream().anyMatch(t -> t.code().equals(c))).toList();
            for (Mention source : actors.sources()) {
                for (Mention target : actors.targets()) {
                    if (bothSides.size() >= 3 && bothSides.contains(source.code()) && bothSides.contains(target.code())) {
                        continue;
                    }
                    addPair(pairs, trigger, source, target, depth, confidence);
                }
            }
        }
        if (trigger.rule().reciprocal() && !actors.targets().isEmpty() && FallbackActors.distinctCodes(actors.sources()) >= 2
                && actors.targets().stream()
                        .allMatch(t -> actors.sources().stream().anyMatch(s -> s.code().equals(t.code())))) {
            // "the foreign ministers of Israel, the United States, the UAE and Egypt met at a kibbutz in southern Israel":
            // a meeting place in one of the meeting states is no other side; they met each other
            addAmong(pairs, trigger, actors.sources(), depth, confidence);
        }
        answeredDemand(pairs, trigger, actors, depth, confidence);
        if (jointExercise(trigger)) {
            // "opened the Bright Star exercise, with forces from Saudi Arabia, India and Greece taking part", "began
            // naval drills with Russia and China": every party to a joint exercise trains with every other
            List<Mention> parties = new ArrayList<>(actors.sources());
            parties.addAll(actors.targets());
            addAmong(pairs, trigger, parties, depth, confidence);
        }
        // "hosted talks between Russia and Ukraine": the parties meet each other, and the host meets each
        addAmong(pairs, trigger, actors.mutual(), depth, confidence);
        // a host or broker meets each party (CONSULT) whatever the parties did under it: "a swap brokered by Qatar"
        TriggerRule hosting = trigger.rule();
        TriggerMatch meeting = new TriggerMatch(new TriggerRule(PloverType.CONSULT, null, hosting.elements(), hosting.weight(),
                hosting.flags()), trigger.head(), trigger.firstToken(), trigger.lastToken(), trigger.text());
        for (Mention host : actors.hosts()) {
            for (List<Mention> side : List.of(actors.sources(), actors.targets(), actors.mutual())) {
                for (Mention other : side) {
                    addPair(pairs, meeting, host, other, depth, confidence);
                }
            }
        }
        return pairs;
    }

    /** Words of a joint exercise (COOPERATE, military cooperation). */
    private static final java.util.Set<String> EXERCISE_WORDS = java.util.Set.of(
            "exercise", "exercises", "drill", "drills", "maneuver", "maneuvers", "manoeuvre", "manoeuvres", "war", "wargame",
            "wargames", "games", "patrol", "patrols");

    private static boolean jointExercise(TriggerMatch trigger) {
        if (trigger.rule().type() != PloverType.COOPERATE || !trigger.rule().reciprocal()) {
            return false;
        }
        for (String word : trigger.text().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (EXERCISE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "meeting a long-standing Turkish demand", "yielding to a key demand by Moscow", "bowed to the ultimatum": a
     * concession worded with the demand it answers tells that demand too (CAMEO 10), made by the conceder's target. So
     * does one worded with the request it grants ("bowing to a request from the German ambassador": REQUEST, CAMEO 02;
     * the coding guide codes a granted request as the request and the act).
     */
    private static void answeredDemand(List<EventCandidate> pairs, TriggerMatch trigger, Actors actors, int depth,
            double confidence) {
        String text = trigger.text().toLowerCase(java.util.Locale.ROOT);
        boolean request = text.contains("request");
        if (trigger.rule().type() != PloverType.CONCEDE
                || !(request || text.contains("demand") || text.contains("ultimatum"))) {
            return;
        }
        TriggerRule rule = trigger.rule();
        PloverType answered = request ? PloverType.REQUEST : PloverType.DEMAND;
        TriggerMatch demand = new TriggerMatch(new TriggerRule(answered, rule.subtype(), rule.elements(),
                rule.weight(), rule.flags()), trigger.head(), trigger.firstToken(), trigger.lastToken(), trigger.text());
        for (Mention source : actors.sources()) {
            for (Mention target : actors.targets()) {
                addPair(pairs, demand, target, source, depth, confidence * 0.9);
            }
        }
    }

    private static void addAmong(List<EventCandidate> pairs, TriggerMatch trigger, List<Mention> nations, int depth,
            double confidence) {
        for (int i = 0; i < nations.size(); i++) {
            for (int j = i + 1; j < nations.size(); j++) {
                addPair(pairs, trigger, nations.get(i), nations.get(j), depth, confidence);
            }
        }
    }

    private static void addPair(List<EventCandidate> pairs, TriggerMatch trigger, Mention source, Mention target,
            int depth, double confidence) {
        if (!source.code().equals(target.code())) {
            pairs.add(new EventCandidate(trigger, source, target, depth, confidence));
        }
    }

    /**
     * Every selected trigger speaks (TriggerSelection has already dropped the embedded ones: "agreed to
     * restore relations" is one AGREE, "threatened to cut ties" one THREATEN); one event per type and pair remains.
     */
    private static List<EventCandidate> choose(List<EventCandidate> candidates) {
        Map<String, EventCandidate> best = new LinkedHashMap<>();
        for (EventCandidate c : candidates) {
            String key = c.trigger().type() + "|" + c.pairKey();
            best.merge(key, c, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        List<EventCandidate> chosen = new ArrayList<>(best.values());
        chosen.sort(Comparator.comparingInt((EventCandidate c) -> c.trigger().head()));
        return chosen;
    }

    private ExtractedEvent toEvent(EventCandidate c, SentenceContext sentence, ParsedSentence parsed) {
        Modality mode = modality.detect(parsed, c.trigger(), sentence.tokens());
        double factor = switch (mode) {
            case ASSERTED -> 1.0;
            case INTENT -> 0.95;
            case NEGATED -> 0.9;
        };
        double confidence = Math.round(Math.min(1.0, c.confidence() * factor) * 100) / 100.0;
        PloverType stated = convention.terms(c.trigger().type(), sentence.tokens());
        if (stated == PloverType.FIGHT && parsed != null && civilianObject(parsed, c.trigger().head(), sentence)) {
            stated = PloverType.ASSAULT;
        }
        if (stated == PloverType.MOBILIZE && parsed != null && stationedIn(parsed, c, sentence)) {
            stated = PloverType.COOPERATE;
        }
        PloverType type = convention.apply(stated, mode, parsed != null && parsed.hasUnlessClause(c.trigger().head()));
        return new ExtractedEvent(sentence.index(), sentence.text(), sentence.begin(), sentence.end(), type,
                subtypes.detect(type, c.trigger(), sentence.tokens()), type.cameoRoot(), c.source().code(),
                c.target().code(), mode, confidence, c.trigger().text());
    }
}
