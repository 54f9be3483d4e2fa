package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

/** The gazetteer and its ambiguity rules over hand-made tokens: no CoreNLP models, milliseconds. */
class MentionFinderTest {

    private static MentionFinder finder;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
        finder = new MentionFinder(gazetteer, StateOfficials.load());
    }

    @Test
    void coversTheUnMembersAndFourMore() {
        Set<String> codes = gazetteer.nationNames().keySet();
        assertThat(codes).hasSize(197).contains("PSE", "VAT", "XKX", "TWN", "SSD", "SWZ", "MKD", "CZE", "TUR");
    }

    @Test
    void findsAliasesDemonymsAndCurrentNames() {
        assertThat(codes("The UAE , the UK and the US agreed")).containsExactly("ARE", "GBR", "USA");
        assertThat(codes("Türkiye and Turkey and Czechia and Eswatini and North Macedonia")).containsExactly("TUR", "TUR",
                "CZE", "SWZ", "MKD");
        assertThat(codes("Saudi and Emirati and Pakistani officials")).containsExactly("SAU", "ARE", "PAK");
        assertThat(codes("The DPRK and the KSA")).containsExactly("PRK", "SAU");
    }

    @Test
    void keepsTheGuineasTheCongosAndNigerApart() {
        assertThat(codes("Guinea , Guinea-Bissau , Equatorial Guinea and Papua New Guinea")).containsExactly("GIN", "GNB",
                "GNQ", "PNG");
        assertThat(codes("Niger and Nigeria")).containsExactly("NER", "NGA");
        assertThat(codes("the Republic of the Congo and the Democratic Republic of the Congo")).containsExactly("COG", "COD");
        assertThat(codes("unrest in the Niger Delta")).isEmpty();
    }

    @Test
    void splitsHyphenatedActors() {
        assertThat(codes("US-China talks and Saudi-led forces")).containsExactly("USA", "CHN", "SAU");
    }

    @Test
    void readsCapitalsAsMetonymsButMarksVenues() {
        List<Mention> said = finder.find(tokens("Riyadh said Washington and Beijing agreed"),
                text("Riyadh said Washington and Beijing agreed"), null);
        assertThat(said).extracting(Mention::code).containsExactly("SAU", "USA", "CHN");
        assertThat(said).noneMatch(Mention::venue);
        List<Mention> venue = finder.find(tokens("talks in Riyadh"), text("talks in Riyadh"), null);
        assertThat(venue).singleElement().satisfies(m -> assertThat(m.venue()).isTrue());
        assertThat(codes("talks in Geneva")).isEmpty();
    }

    @Test
    void aDatelineNamesWhereTheStoryWasFiledNoParty() {
        assertThat(codes("AMMAN , Oct 12 ( Meridian ) - Israeli air strikes hit Damascus")).containsExactly("ISR", "SYR");
        assertThat(codes("OHRID , North Macedonia , March 18 ( Meridian ) - Kosovo and Serbia agreed"))
                .containsExactly("XKX", "SRB");
        assertThat(codes("MANILA -- China 's coast guard rammed a Philippine boat")).containsExactly("CHN", "PHL");
        assertThat(codes("Amman , Oct 12 - Jordan said")).as("no dateline in capitals").containsExactly("JOR", "JOR");
        assertThat(codes("JORDAN AND ISRAEL SIGN WATER DEAL")).as("a headline in capitals, no dash")
                .containsExactly("JOR", "ISR");
        assertThat(codes("UAE officials said - as Israel struck Syria")).as("no dateline closes at the dash")
                .containsExactly("ARE", "ISR", "SYR");
    }

    @Test
    void organizationsAreNeverNations() {
        List<Mention> found = finder.find(tokens("The EU , NATO , the African Union and the Arab League"),
                text("The EU , NATO , the African Union and the Arab League"), null);
        assertThat(found).noneMatch(Mention::isNation);
        assertThat(found).extracting(Mention::code).containsExactly("EU", "NATO", "AU", "ARAB_LEAGUE");
    }

    @Test
    void officialsActForTheStateTheyServedOnTheArticlesDate() {
        assertThat(codes("President Bush met the Mexican president")).containsExactly("USA", "MEX");
        assertThat(codes("Putin met the Mexican president")).as("one word, not tagged PERSON").containsExactly("MEX");
        assertThat(tagged("Putin met the Mexican president", null, 0)).containsExactly("RUS", "MEX");
        assertThat(tagged("Jeb Bush met the Mexican president", null, 0, 1)).as("another Bush").containsExactly("MEX");
        assertThat(tagged("Ban Ki-moon met the Mexican president", LocalDate.parse("2005-05-01"))).containsExactly("KOR",
                "MEX");
        assertThat(tagged("Ban Ki-moon met the Mexican president", LocalDate.parse("2010-05-01"))).as("at the UN")
                .containsExactly("MEX");
        assertThat(tagged("Former President Obama met the Mexican president", null)).containsExactly("MEX");
        assertThat(tagged("President Reagan met the Mexican president", LocalDate.parse("2001-05-01"))).as("out of office")
                .containsExactly("MEX");
        Mention official = finder.find(tokens("President Obama spoke"), text("President Obama spoke"), null).get(0);
        assertThat(official.entry().kind()).isEqualTo(EntryKind.OFFICIAL);
        assertThat(official.text()).isEqualTo("President Obama");
    }

    private static List<String> tagged(String spaced, LocalDate date, int... persons) {
        List<CoreLabel> tokens = tokens(spaced);
        for (int person : persons) {
            tokens.get(person).set(CoreAnnotations.NamedEntityTagAnnotation.class, "PERSON");
        }
        return finder.find(tokens, text(spaced), date).stream().filter(Mention::isNation).map(Mention::code).toList();
    }

    @Test
    void onlyAmbiguousNamesAndOneWordOfficialsNeedNamedEntityTags() {
        assertThat(needsTags("Egypt and Qatar signed a pact")).isFalse();
        assertThat(needsTags("President Obama met the Mexican president")).as("two words: no tag is read").isFalse();
        assertThat(needsTags("Jordan and Egypt signed a pact")).as("Jordan may be a person").isTrue();
        assertThat(needsTags("Putin met the Mexican president")).as("one word: counts only when tagged PERSON").isTrue();
    }

    /** Untagged tokens, as the extractor's first pass sees them. */
    private static boolean needsTags(String spaced) {
        List<CoreLabel> tokens = tokens(spaced);
        tokens.forEach(t -> t.remove(CoreAnnotations.NamedEntityTagAnnotation.class));
        return finder.needsNamedEntities(finder.find(tokens, text(spaced), null));
    }

    @Test
    void georgiaTheStateAndJordanThePersonAreNotNations() {
        assertThat(codes("Georgia 's governor spoke in Atlanta")).isEmpty();
        List<CoreLabel> michael = tokens("Michael Jordan spoke");
        michael.get(0).set(CoreAnnotations.NamedEntityTagAnnotation.class, "PERSON");
        michael.get(1).set(CoreAnnotations.NamedEntityTagAnnotation.class, "PERSON");
        assertThat(finder.find(michael, text("Michael Jordan spoke"), null)).isEmpty();
        assertThat(codes("Georgia and Azerbaijan signed")).containsExactly("GEO", "AZE");
    }

    @Test
    void acronymsNeedUpperCase() {
        assertThat(codes("give us the money")).isEmpty();
        assertThat(codes("turkey for dinner")).isEmpty();
    }

    private static List<String> codes(String spaced) {
        return finder.find(tokens(spaced), text(spaced), null).stream()
                .filter(Mention::isNation).map(Mention::code).collect(Collectors.toList());
    }

    private static String text(String spaced) {
        return spaced;
    }

    /** One token per space-separated word, with the offsets CoreNLP would give. */
    private static List<CoreLabel> tokens(String spaced) {
        List<CoreLabel> tokens = new ArrayList<>();
        int offset = 0;
        for (String word : spaced.split(" ")) {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            token.setOriginalText(word);
            token.setBeginPosition(offset);
            token.setEndPosition(offset + word.length());
            token.set(CoreAnnotations.NamedEntityTagAnnotation.class, "O");
            tokens.add(token);
            offset += word.length() + 1;
        }
        return tokens;
    }
}
