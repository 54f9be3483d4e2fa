package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    private static final Set<String> STATIVE_PASSIVES = Set.of("oppose", "commit", "prepare", "determine", "dedicate");
    private static final Set<String> CONDITION_MARKERS = Set.of("if", "unless");

    private final PhraseNations phrase = new PhraseNations();
    private final SpeakerFinder speakers = new SpeakerFinder(phrase);

    /** What one head offers: its subject nations, its target nations and whether it has any object at all. */
    private static final class Arguments {
        final Set<Mention> sources = new LinkedHashSet<>();
        final List<PhraseNations.Found> targets = new ArrayList<>();
        final Set<Mention> clauseTargets = new LinkedHashSet<>();
        final Set<Mention> conditionTargets = new LinkedHashSet<>();
        boolean hasSubject;
        boolean hasObject;
        boolean hasDirectObject;

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
        if (ActorResolver.tag(sentence.tokens(), head).startsWith("NN")) {
            climbToGoverningVerb(parsed, head, sentence.tokens(), index, args);
        }
        List<Mention> sources = new ArrayList<>(args.sources);
        if (sources.isEmpty() && !args.hasSubject && !hasSubjectArc(parsed, head)) {
            // the parser lost the subject ("Riyadh said Washington and Beijing agreed"): take the
            // nations written right before the verb
            sources.addAll(AdjacentSubjects.before(head, sentence));
        }
        if (sources.isEmpty() && subjectMissingOrPronoun(parsed, head, sentence.tokens())) {
            sources.addAll(speakers.speakerOf(parsed, head, index));
        }
        List<Mention> targets = args.shallowTargets();
        if (targets.isEmpty() && !args.hasDirectObject) {
            // "threatened to cut ties with Russia"; but "asked the Commission to raise it with Beijing" asks the Commission
            targets.addAll(args.clauseTargets);
        }
        if (targets.isEmpty()) {
            targets.addAll(args.conditionTargets);
        }
        List<String> sourceCodes = sources.stream().map(Mention::code).toList();
        if (sources.size() == 1) {
            targets.removeIf(m -> sourceCodes.contains(m.code()));
        }
        boolean subjectKnown = !sources.isEmpty() || args.hasSubject;
        boolean objectKnown = !targets.isEmpty() || args.hasObject;
        return new Actors(sources, targets, subjectKnown, objectKnown, false);
    }

    private void collect(ParsedSentence parsed, int head, List<CoreLabel> tokens, MentionIndex index, Arguments args, int level) {
        boolean passive = parsed.children(head).stream().anyMatch(a -> a.is("nsubj:pass") || a.is("aux:pass"));
        boolean noun = tag(tokens, head).startsWith("NN");
        // "Israel is opposed to French mediation": the subject of a stative passive holds the attitude
        boolean stative = passive && STATIVE_PASSIVES.contains(TriggerLexicon.lemma(tokens.get(head)))
                && parsed.children(head).stream().noneMatch(a -> a.marker().equals("agent"));
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            String marker = arc.marker();
            if (arc.relation().startsWith("nsubj:pass") && stative && level == 0) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
                args.hasSubject = true;
            } else if (arc.relation().startsWith("nsubj:pass")) {
                args.targets.add(phrase.find(parsed, arc.token(), index));
                args.hasObject = true;
            } else if (arc.is("nsubj") && level == 0) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
                args.hasSubject = !tag(tokens, arc.token()).startsWith("PRP");
            } else if ((arc.is("obl") || arc.is("nmod")) && (marker.equals("agent") || (passive && marker.equals("by")))) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
                args.hasSubject = true;
            } else if (arc.is("obj") || arc.is("iobj")) {
                args.targets.add(phrase.find(parsed, arc.token(), index));
                args.hasObject = true;
                args.hasDirectObject = true;
            } else if ((arc.is("obl") || arc.is("nmod")) && isTargetMarker(marker, index)) {
                PhraseNations.Found found = phrase.find(parsed, arc.token(), index);
                if (noun && (marker.equals("between") || marker.equals("among"))) {
                    args.sources.addAll(found.nations());
                } else {
                    args.targets.add(found);
                    args.hasObject = args.hasObject || !found.isEmpty();
                }
            } else if (noun && level == 0 && (arc.is("nmod:poss") || arc.is("amod") || arc.is("compound"))) {
                args.sources.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.is("xcomp") && level < 3) {
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
                    }
                }
            }
        }
    }

    /** "held talks with", "imposed sanctions on", "remained on alert": the verb carries the noun's arguments. */
    private void climbToGoverningVerb(ParsedSentence parsed, int noun, List<CoreLabel> tokens, MentionIndex index, Arguments args) {
        for (ParsedSentence.Arc parent : parsed.parents(noun)) {
            boolean core = parent.is("obj") || parent.is("nsubj:pass");
            if (!core && !parent.is("obl") && !parent.is("nmod")) {
                continue;
            }
            Arguments verb = new Arguments();
            collect(parsed, parent.token(), tokens, index, verb, 0);
            if (args.sources.isEmpty()) {
                args.sources.addAll(verb.sources);
                args.hasSubject = args.hasSubject || verb.hasSubject;
            }
            if (core) {
                args.targets.addAll(verb.targets);
                args.hasObject = args.hasObject || verb.hasObject;
            }
            return;
        }
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
                return tag(tokens, arc.token()).startsWith("PRP");
            }
        }
        return true;
    }

    static String tag(List<CoreLabel> tokens, int token) {
        String tag = token >= 0 && token < tokens.size() ? tokens.get(token).tag() : null;
        return tag == null ? "" : tag;
    }
}
