package org.entente.nlp.extraction;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.HashSet;
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
            "about", "between", "among", "amongst", "onto");

    private final PhraseNations phrase = new PhraseNations();
    private final SpeakerFinder speakers = new SpeakerFinder(phrase);

    Actors resolve(ParsedSentence parsed, TriggerMatch trigger, SentenceContext sentence) {
        MentionIndex index = new MentionIndex(sentence, trigger.rule().venueMayBeTarget());
        int head = trigger.head();
        if (trigger.rule().subjectIsTarget()) {
            return subjectIsTarget(parsed, head, sentence, index);
        }
        Set<Mention> sources = new LinkedHashSet<>();
        Set<Mention> targets = new LinkedHashSet<>();
        collect(parsed, head, sentence, index, sources, targets, 0);
        boolean sourceFromSyntax = !sources.isEmpty();
        if (sources.isEmpty() && subjectMissingOrPronoun(parsed, head, sentence.tokens())) {
            sources.addAll(speakers.speakerOf(parsed, head, index));
            sourceFromSyntax = !sources.isEmpty();
        }
        Set<String> sourceCodes = new HashSet<>();
        sources.forEach(m -> sourceCodes.add(m.code()));
        targets.removeIf(m -> sourceCodes.contains(m.code()) && sources.size() == 1);
        return new Actors(new ArrayList<>(sources), new ArrayList<>(targets), sourceFromSyntax, !targets.isEmpty());
    }

    /** Subjects, agents, objects and obliques of the head, then of its governing light verb and its xcomp chain. */
    private void collect(ParsedSentence parsed, int head, SentenceContext sentence, MentionIndex index,
            Set<Mention> sources, Set<Mention> targets, int level) {
        boolean passive = parsed.children(head).stream().anyMatch(a -> a.is("nsubj:pass") || a.is("aux:pass"));
        String tag = tag(sentence.tokens(), head);
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            String marker = arc.marker();
            if (arc.relation().startsWith("nsubj:pass")) {
                targets.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.is("nsubj") && level == 0) {
                sources.addAll(phrase.in(parsed, arc.token(), index));
            } else if ((arc.is("obl") || arc.is("nmod")) && (marker.equals("agent") || (passive && marker.equals("by")))) {
                sources.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.is("obj") || arc.is("iobj")) {
                targets.addAll(phrase.in(parsed, arc.token(), index));
            } else if ((arc.is("obl") || arc.is("nmod")) && isTargetMarker(marker, index)) {
                List<Mention> found = phrase.in(parsed, arc.token(), index);
                if (tag.startsWith("NN") && (marker.equals("between") || marker.equals("among"))) {
                    sources.addAll(found);
                } else {
                    targets.addAll(found);
                }
            } else if (tag.startsWith("NN") && (arc.is("nmod:poss") || arc.is("amod") || arc.is("compound"))) {
                sources.addAll(phrase.in(parsed, arc.token(), index));
            } else if (arc.is("xcomp") && level < 3) {
                collect(parsed, arc.token(), sentence, index, new LinkedHashSet<>(), targets, level + 1);
            } else if (arc.is("ccomp") && level == 0) {
                collectClauseSubject(parsed, arc.token(), index, targets);
            }
        }
        if (level == 0 && tag.startsWith("NN")) {
            climbToGoverningVerb(parsed, head, sentence, index, sources, targets);
        }
    }

    /** "held talks with", "imposed sanctions on": the light verb carries the arguments of the noun. */
    private void climbToGoverningVerb(ParsedSentence parsed, int noun, SentenceContext sentence, MentionIndex index,
            Set<Mention> sources, Set<Mention> targets) {
        for (ParsedSentence.Arc parent : parsed.parents(noun)) {
            if (parent.is("obj") || parent.is("nsubj:pass")) {
                Set<Mention> verbSources = new LinkedHashSet<>();
                collect(parsed, parent.token(), sentence, index, verbSources, targets, 1);
                for (ParsedSentence.Arc arc : parsed.children(parent.token())) {
                    if (arc.is("nsubj") && !arc.relation().startsWith("nsubj:pass")) {
                        verbSources.addAll(phrase.in(parsed, arc.token(), index));
                    }
                }
                sources.addAll(verbSources);
                return;
            }
        }
    }

    private void collectClauseSubject(ParsedSentence parsed, int clause, MentionIndex index, Set<Mention> targets) {
        for (ParsedSentence.Arc arc : parsed.children(clause)) {
            if (arc.is("nsubj")) {
                targets.addAll(phrase.in(parsed, arc.token(), index));
            }
        }
    }

    private Actors subjectIsTarget(ParsedSentence parsed, int head, SentenceContext sentence, MentionIndex index) {
        List<Mention> targets = new ArrayList<>();
        for (ParsedSentence.Arc parent : parsed.parents(head)) {
            for (ParsedSentence.Arc arc : parsed.children(parent.token())) {
                if (arc.is("nsubj")) {
                    targets.addAll(phrase.in(parsed, arc.token(), index));
                }
            }
            List<Mention> sources = speakers.speakerOf(parsed, parent.token(), index);
            if (!sources.isEmpty() && !targets.isEmpty()) {
                return new Actors(sources, targets, true, true);
            }
        }
        return Actors.none();
    }

    private static boolean isTargetMarker(String marker, MentionIndex index) {
        return TARGET_MARKERS.contains(marker) || (index.venuesAllowed() && marker.equals("in"));
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
