package org.entente.nlp.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Voting against a draft is REJECT from the voter to each state named as the draft's author or sponsor, and a veto
 * likewise (coding guide, "Calls the tenth set's coders made": votes against a draft). News names the drafters where it
 * names the draft and votes "against it" or "against the text" in another clause: "A draft resolution tabled by Russia
 * and China failed, with the United States voting against it"; "Argentina voted against a resolution on ending
 * violence against women, drafted by France and the Netherlands". A vote or veto that found its voter and no state
 * voted against takes the authors of what it voted against, else, when that is a pronoun or a draft's noun, of the
 * drafts the sentence names.
 */
final class DraftVotes {

    private static final Set<String> VOTING = Set.of("vote", "veto");
    /** Nouns of a text put to a vote. */
    private static final Set<String> DRAFTS = Set.of("resolution", "draft", "text", "motion", "amendment");

    private final ActOwners owners = new ActOwners(new PhraseNations());

    Actors complete(TriggerMatch trigger, Actors found, ParsedSentence parsed, SentenceContext sentence) {
        List<CoreLabel> tokens = sentence.tokens();
        if (parsed == null || trigger.type() != PloverType.REJECT || found.sources().isEmpty() || !found.targets().isEmpty()
                || !VOTING.contains(TriggerLexicon.lemma(tokens.get(trigger.head())))) {
            return found;
        }
        MentionIndex index = new MentionIndex(sentence, false);
        int voted = votedOn(parsed, trigger.head());
        List<Mention> authors = new ArrayList<>();
        if (voted >= 0) {
            authors.addAll(owners.authors(parsed, voted, tokens, index));
        }
        if (authors.isEmpty() && (voted < 0 || Counterparts.pronoun(tokens, voted) || draft(tokens, voted))) {
            // "voting against it", "against the text": the draft named elsewhere in the sentence, or a participle of
            // authoring the parser hung elsewhere ("voted against a resolution on ..., drafted by France")
            for (int t = 0; t < tokens.size(); t++) {
                if (t != voted && draft(tokens, t)) {
                    authors.addAll(owners.authors(parsed, t, tokens, index));
                }
            }
            for (int t = 0; authors.isEmpty() && t < tokens.size(); t++) {
                if (ActOwners.authoring(tokens, t)) {
                    authors.addAll(owners.authorsOf(parsed, t, index));
                }
            }
        }
        List<Mention> drafters = Counterparts.others(authors, Counterparts.codes(found.sources()));
        return drafters.isEmpty() ? found : found.with(found.sources(), drafters, found.guessed());
    }

    /** What is voted against ("voted against it") or vetoed ("vetoed the text"); -1 when the clause does not say. */
    private static int votedOn(ParsedSentence parsed, int head) {
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if (arc.is("obj") || ((arc.is("obl") || arc.is("nmod")) && arc.marker().equals("against"))) {
                return arc.token();
            }
        }
        return -1;
    }

    private static boolean draft(List<CoreLabel> tokens, int token) {
        return DRAFTS.contains(TriggerLexicon.lemma(tokens.get(token)))
                && ActorResolver.tag(tokens, token).startsWith("NN");
    }
}
