package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Families of conflictual wording that several writers of several blind sets used and no rule of the type knew (lane
 * vxb, session 24, issue 14), each row with its reason in {@code triggers.tsv}. Sentences written for this test, not
 * taken from an evaluation set.
 */
class ConflictWordFamiliesTest {

    private static final ArticleExtractor extractor = TypedPairs.extractor();

    @Test
    void envoysHauledInOrReprimandedAreProtests() {
        // before: only summoning and calling in an envoy was PROTEST
        assertThat(events("Ankara hauled in the Dutch ambassador on Sunday over the rally ban."))
                .contains("PROTEST NLD-TUR");
        assertThat(events("Rabat reprimanded the Algerian ambassador over the minister's remarks."))
                .contains("PROTEST DZA-MAR");
    }

    @Test
    void demarchesAndNotesOfObjectionAreProtests() {
        // before: "demarche" had no row, and a note was no event
        assertThat(events("Cyprus lodged a formal demarche with Turkey over the drilling ship."))
                .contains("PROTEST CYP-TUR");
        assertThat(events("Chile sent a diplomatic note to Bolivia objecting to the new border post."))
                .contains("PROTEST BOL-CHL");
    }

    @Test
    void raisedConcernsAndLashingOutDisapprove() {
        // before: concern was DISAPPROVE only when expressed, voiced, conveyed or registered; "lash out" no row
        assertThat(events("Norway raised its concerns with Russia about the fishing limits."))
                .contains("DISAPPROVE NOR-RUS");
        assertThat(events("Caracas lashed out at Colombian President Gustavo Petro over the border closure."))
                .contains("DISAPPROVE COL-VEN");
    }

    @Test
    void attributingAnActToAStateAccuses() {
        // before: "attribute" had no row
        assertThat(events("Estonia attributed the cyberattack on its ministries to Russia."))
                .contains("ACCUSE EST-RUS");
    }

    @Test
    void criminalCasesAndExaminingWhetherInvestigate() {
        // before: only an investigation, inquiry or probe opened was INVESTIGATE; "examine" had no row
        assertThat(events("Georgian prosecutors opened a criminal case against Russian border guards on Monday."))
                .contains("INVESTIGATE GEO-RUS");
        assertThat(events("Lithuania is examining whether Belarus sent the balloons across the border."))
                .contains("INVESTIGATE BLR-LTU");
    }

    @Test
    void aDeclinedInvitationRejects() {
        // before: "decline" is a generic verb in the generator and had no hand row
        assertThat(events("Armenia declined Moscow's invitation to the summit in Minsk.")).contains("REJECT ARM-RUS");
    }

    @Test
    void troopsOrderedOutOrGivenAMonthToLeaveAreDemands() {
        // before: ordering another state's troops out was no DEMAND
        assertThat(events("Mali ordered French troops out of the country on Sunday.")).contains("DEMAND FRA-MLI");
        assertThat(events("Chad gave French soldiers a month to leave its territory.")).contains("DEMAND FRA-TCD");
    }

    private static List<String> events(String text) {
        return TypedPairs.of(extractor, text);
    }
}
