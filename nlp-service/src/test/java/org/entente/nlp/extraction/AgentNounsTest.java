package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Looking up PETRARCH2's agent nouns (the generated agent-nouns.tsv) from a phrase's head word. */
class AgentNounsTest {

    private static AgentNouns.Agent at(String sentence, int head) {
        String[] words = sentence.split(" ");
        // lemmas as CoreNLP gives them for these words: plural nouns singular
        String[] lemmas = sentence.toLowerCase(java.util.Locale.ROOT).replace("ministries", "ministry")
                .replace("guerrillas", "guerrilla").replace("troops", "troop").replace("detainees", "detainee").split(" ");
        return AgentNouns.shared().find(head, i -> i >= 0 && i < words.length ? words[i] : "",
                i -> i >= 0 && i < lemmas.length ? lemmas[i] : "");
    }

    @Test
    void theLongestPhraseEndingAtTheHeadGivesTheSector() {
        assertThat(at("Kenya 's defence ministry said", 3)).isEqualTo(new AgentNouns.Agent("GOVMIL", AgentNouns.Role.STATE));
        assertThat(at("the Japanese coast guard seized", 3)).isEqualTo(new AgentNouns.Agent("MIL", AgentNouns.Role.STATE));
        assertThat(at("the Iranian foreign minister met", 3).role()).isEqualTo(AgentNouns.Role.STATE);
        assertThat(at("the Dutch embassy said", 2).role()).isEqualTo(AgentNouns.Role.STATE);
        assertThat(at("Russian troops crossed", 1).role()).isEqualTo(AgentNouns.Role.STATE);
    }

    @Test
    void rebelsPeacekeepersAndPeopleHaveTheirOwnRoles() {
        assertThat(at("ethnic Albanian guerrillas attacked", 2).role()).isEqualTo(AgentNouns.Role.NON_STATE);
        assertThat(at("Indian peacekeeping troops were", 2).role()).isEqualTo(AgentNouns.Role.IGO);
        // set by the generator against the file's OPP sector: a held national's state is the party
        assertThat(at("two Canadian detainees were", 2).role()).isEqualTo(AgentNouns.Role.PEOPLE);
    }

    @Test
    void aNounThatIsNoAgentHasNone() {
        assertThat(at("two patrol boats", 2)).isNull();
        assertThat(at("the talks", 1)).isNull();
    }
}
