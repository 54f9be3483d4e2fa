package org.entente.relations.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.entente.relations.domain.StoryParameters;
import org.junit.jupiter.api.Test;

class CorroborationTest {

    private static final StoryParameters P = StoryParameters.defaults();

    @Test
    void growsWithEachDoublingOfOutletsUpToTheCap() {
        assertThat(Corroboration.factor(1, P)).isEqualTo(1.0);
        assertThat(Corroboration.factor(2, P)).isEqualTo(1.25);
        assertThat(Corroboration.factor(3, P)).isBetween(1.39, 1.40);
        assertThat(Corroboration.factor(4, P)).isEqualTo(1.5);
        assertThat(Corroboration.factor(50, P)).isEqualTo(1.5);
        double previous = 0;
        for (int n = 1; n <= 20; n++) {
            assertThat(Corroboration.factor(n, P)).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(1.5);
            previous = Corroboration.factor(n, P);
        }
        assertThatThrownBy(() -> Corroboration.factor(0, P)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outletsFoldReaderPrefixesAndScheme() {
        assertThat(List.of("https://www.reuters.com/world/x", "http://m.reuters.com/x?amp=1",
                "https://amp.reuters.com/x", "https://mobile.reuters.com/x", "https://REUTERS.com./x"))
                .allSatisfy(url -> assertThat(Outlets.of(url)).isEqualTo("reuters.com"));
        assertThat(Outlets.of("https://bbc.co.uk/news")).isEqualTo("bbc.co.uk");
        assertThat(Outlets.of("https://m.com/x")).isEqualTo("m.com");
        assertThat(Outlets.of("not a url")).isEqualTo("not a url");
    }
}
