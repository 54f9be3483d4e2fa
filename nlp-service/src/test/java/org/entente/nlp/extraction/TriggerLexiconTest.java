package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/** The rule kinds of the trigger lexicon, on hand-made tokens (no CoreNLP). */
class TriggerLexiconTest {

    private static TriggerRule rule(String row, boolean generated) {
        TriggerRule rule = TriggerLexicon.parse(row.split("\t"));
        return generated ? new TriggerRule(rule.type(), rule.subtype(), rule.elements(), rule.weight(), rule.flags() + "G")
                : rule;
    }

    /** "word/lemma/TAG" triples. */
    private static List<CoreLabel> tokens(String text) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String triple : text.split(" ")) {
            String[] p = triple.split("/");
            CoreLabel token = new CoreLabel();
            token.setWord(p[0]);
            token.setValue(p[0]);
            token.setLemma(p[1]);
            token.setTag(p[2]);
            tokens.add(token);
        }
        return tokens;
    }

    private static List<String> found(TriggerLexicon lexicon, String text) {
        return lexicon.find(tokens(text)).stream().map(m -> m.type() + " " + m.text()).toList();
    }

    @Test
    void commentColumnEndsTheRowAndDashMeansNoFlags() {
        TriggerRule rule = TriggerLexicon.parse("SANCTION\t-\texpel_V diplomat_X\t0.9\t-\t# a reason".split("\t"));
        assertThat(rule.flags()).isEmpty();
        assertThat(rule.elements()).hasSize(2);
        assertThat(TriggerLexicon.parse("AID\t-\tgrant_N\t0.5\t# reason".split("\t")).flags()).isEmpty();
        assertThat(TriggerLexicon.parse("-\t-\tgive_V access_X\t0.54\t-\t# no event".split("\t")).type()).isNull();
    }

    @Test
    void aHandRuleAtAWordHidesTheGeneratedOnes() {
        TriggerLexicon lexicon = new TriggerLexicon(List.of(
                rule("DEMAND\t-\tpress_V\t0.65", false),
                rule("COERCE\t-\tpress_V charge_X\t0.54", true),
                rule("SANCTION\t-\texpel_V diplomat_X\t0.54", true)), Map.of());
        assertThat(found(lexicon, "Iran/Iran/NNP pressed/press/VBD charges/charge/NNS")).containsExactly("DEMAND pressed");
        assertThat(found(lexicon, "Iran/Iran/NNP expelled/expel/VBD two/two/CD diplomats/diplomat/NNS"))
                .containsExactly("SANCTION expelled diplomats");
    }

    @Test
    void theMostSpecificGeneratedRuleSpeaksAndANoEventRuleSilences() {
        TriggerLexicon lexicon = new TriggerLexicon(List.of(
                rule("COOPERATE\t-\tgrant_V\t0.5", true),
                rule("AID\t-\tgrant_V asylum_X\t0.54", true),
                rule("-\t-\tgrant_V interview_X\t0.54", true)), Map.of());
        assertThat(found(lexicon, "France/France/NNP granted/grant/VBD asylum/asylum/NN"))
                .containsExactly("AID granted asylum");
        assertThat(found(lexicon, "France/France/NNP granted/grant/VBD an/a/DT interview/interview/NN")).isEmpty();
        assertThat(found(lexicon, "France/France/NNP granted/grant/VBD licences/licence/NNS"))
                .containsExactly("COOPERATE granted");
    }

    @Test
    void anXElementIsNeverAVerb() {
        TriggerLexicon lexicon = new TriggerLexicon(List.of(rule("RETREAT\t-\tannounce_V withdrawal/withdraw_X\t0.54", true)),
                Map.of());
        assertThat(found(lexicon, "Nigeria/Nigeria/NNP announced/announce/VBD it/it/PRP will/will/MD withdraw/withdraw/VB"))
                .isEmpty();
        assertThat(found(lexicon, "Nigeria/Nigeria/NNP announced/announce/VBD the/the/DT withdrawal/withdrawal/NN"))
                .containsExactly("RETREAT announced withdrawal");
    }

    @Test
    void thePreFilterWantsEveryElementOfSomeRule() {
        TriggerLexicon lexicon = new TriggerLexicon(List.of(
                rule("AID\t-\tspeed_V aid_X\t0.54", true),
                rule("-\t-\tsend_V regards_X\t0.54", true)), Map.of("speed", List.of("sped")));
        assertThat(lexicon.mayHold(tokens("Japan/Japan/NNP sped/speed/VBD aid/aid/NN"))).isTrue();
        assertThat(lexicon.mayHold(tokens("Japan/Japan/NNP sped/speed/VBD up/up/RP"))).isFalse();
        assertThat(lexicon.mayHold(tokens("Japan/Japan/NNP sent/send/VBD regards/regards/NNS"))).isFalse();
    }

    /** Hand-made tokens with character offsets: one space between tokens, or none around a "-" when touching. */
    private static List<CoreLabel> offsets(String text, boolean touching) {
        List<CoreLabel> tokens = tokens(text);
        int position = 0;
        for (int t = 0; t < tokens.size(); t++) {
            boolean glued = touching && t > 0
                    && ("-".equals(tokens.get(t).word()) || "-".equals(tokens.get(t - 1).word()));
            position += t == 0 || glued ? 0 : 1;
            tokens.get(t).setBeginPosition(position);
            position += tokens.get(t).word().length();
            tokens.get(t).setEndPosition(position);
        }
        return tokens;
    }

    @Test
    void hyphenatedLemmasMatchTheWordsTheTokenizerSplits() {
        // CoreNLP splits "cease-fire", "build-up", "water-cannoned", "cyber-attack" into words and hyphens (lane vxd's
        // finding): no hyphenated lemma of either lexicon met a token before
        TriggerLexicon lexicon = TriggerLexicon.load();
        assertThat(found(lexicon, "Israel/Israel/NNP accepted/accept/VBD a/a/DT cease/cease/NN -/-/HYPH fire/fire/NN"))
                .contains("AGREE fire");
        assertThat(found(lexicon, "Russia/Russia/NNP continued/continue/VBD its/its/PRP$ build/build/NN -/-/HYPH up/up/NN"))
                .contains("MOBILIZE up");
        assertThat(found(lexicon,
                "China/China/NNP water/water/NN -/-/HYPH cannoned/cannon/VBD a/a/DT Philippine/philippine/JJ boat/boat/NN"))
                .contains("COERCE cannoned");
        assertThat(found(lexicon, "a/a/DT cyber/cyber/NN -/-/HYPH attack/attack/NN on/on/IN Estonia/Estonia/NNP"))
                .contains("COERCE attack");
    }

    @Test
    void aHyphenChainJoinsWholeButADashBetweenSpacesJoinsNothing() {
        TriggerLexicon lexicon = new TriggerLexicon(List.of(
                rule("AID\t-\tsend_V search-and-rescue_X\t0.8", false),
                rule("AGREE\t-\tcease-fire_N\t0.5", false)), Map.of());
        assertThat(lexicon.find(offsets("Japan/Japan/NNP sent/send/VBD search/search/NN -/-/HYPH and/and/CC -/-/HYPH "
                + "rescue/rescue/NN teams/team/NNS", true))).hasSize(1);
        assertThat(lexicon.find(offsets("a/a/DT cease/cease/NN -/-/HYPH fire/fire/NN", true))).hasSize(1);
        // "They agreed to cease - fire resumed later": a dash with spaces around it is no hyphen
        assertThat(lexicon.find(offsets("to/to/TO cease/cease/VB -/-/: fire/fire/NN", false))).isEmpty();
        // the pre-filter reads the joined word's forms too
        assertThat(lexicon.mayHold(tokens("a/a/DT cease/cease/NN -/-/HYPH fires/fire/NNS"))).isTrue();
    }
}
