package org.entente.nlp.extraction;

import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

/** One annotated sentence with the mentions found in it. */
record SentenceContext(int index, CoreMap sentence, List<CoreLabel> tokens, String articleText, List<Mention> mentions) {

    int begin() {
        return sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    }

    int end() {
        return sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    }

    String text() {
        return articleText.substring(begin(), end());
    }

    List<Mention> actorCandidates() {
        return mentions.stream().filter(Mention::isActorCandidate).toList();
    }

    /** Distinct nations named, venues included: a visit to a venue is still an event between two. */
    long distinctNationCodes() {
        return mentions.stream().filter(Mention::isNation).map(Mention::code).distinct().count();
    }
}
