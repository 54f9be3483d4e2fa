package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Agent nouns of PETRARCH2's agents file (generated agent-nouns.tsv) in actor resolution, and the sports phrases of
 * its discards file: each sentence is written for this test, not taken from an evaluation set.
 */
class AgentActorsTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void aStatesAgentNounActsForTheState() {
        assertThat(typedPairs("The Iranian foreign minister met his Iraqi counterpart in Baghdad on Sunday."))
                .containsExactly("CONSULT IRN-IRQ");
        assertThat(typedPairs("Kenya's defence ministry signed an agreement with Somalia on border security."))
                .containsExactly("AGREE KEN-SOM");
        assertThat(typedPairs("The Dutch embassy lodged a protest with Russia over the detention of a journalist."))
                .containsExactly("PROTEST NLD-RUS");
        assertThat(typedPairs("The Japanese coast guard seized a Chinese fishing boat near the disputed islands."))
                .containsExactly("COERCE CHN-JPN");
    }

    @Test
    void theFilesStateAgentsPairAndVisit() {
        // "the two coast guards" binds the pair the sentence names; an emissary (GOV in the file) who arrives visits
        assertThat(typedPairs("Japan and Vietnam held maritime talks, and the two coast guards signed a cooperation pact."))
                .contains("AGREE JPN-VNM");
        assertThat(typedPairs("The Qatari emissary arrived in Kabul on Monday.")).containsExactly("CONSULT AFG-QAT");
    }

    @Test
    void agentsOfNoStateNameNone() {
        // peacekeepers act for their organization, gunmen for no one (the file's IGO and UAF sectors)
        assertThat(typedPairs("Indian peacekeeping troops were attacked by Sudanese soldiers.")).isEmpty();
        assertThat(typedPairs("Afghan gunmen attacked a Pakistani border post on Tuesday.")).isEmpty();
        // a held national's state is still the party
        assertThat(typedPairs("China freed two Canadian detainees on Friday.")).containsExactly("RETREAT CAN-CHN");
    }

    @Test
    void aMatchIsNoActOfStates() {
        assertThat(typedPairs("Brazil beat Argentina 2-1 in a World Cup qualifier on Tuesday.")).isEmpty();
        assertThat(typedPairs("India toured Pakistan for a test series in March.")).isEmpty();
    }

    private static List<String> typedPairs(String text) {
        return TypedPairs.of(extractor, text);
    }
}
