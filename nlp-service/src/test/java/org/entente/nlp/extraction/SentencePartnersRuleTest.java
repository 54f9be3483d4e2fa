package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link SentencePartners} on its own, with actors made by hand (lane ty1, session 29). */
class SentencePartnersRuleTest {

    private final SentencePartners partners = new SentencePartners();

    @Test
    void aOneSidedAgreementTakesTheOnlyPartnerOfItsState() {
        TriggerMatch agreed = trigger(PloverType.AGREE, 9);
        Map<TriggerMatch, Actors> resolved = new LinkedHashMap<>();
        resolved.put(trigger(PloverType.SUPPORT, 3), actors(List.of(state("CHN", 0)), List.of(state("AUS", 5))));
        Actors found = actors(List.of(state("CHN", 0)), List.of());
        resolved.put(agreed, found);

        Actors completed = partners.complete(agreed, found, resolved);

        assertThat(completed.sources()).extracting(Mention::code).containsExactly("CHN");
        assertThat(completed.targets()).extracting(Mention::code).containsExactly("AUS");
    }

    @Test
    void twoPartnersLeaveItAlone() {
        // "criticised Uganda, blamed Rwanda, and agreed to send observers": which one it agreed with is not said
        TriggerMatch agreed = trigger(PloverType.AGREE, 12);
        Map<TriggerMatch, Actors> resolved = new LinkedHashMap<>();
        resolved.put(trigger(PloverType.DISAPPROVE, 1), actors(List.of(state("KEN", 0)), List.of(state("UGA", 2))));
        resolved.put(trigger(PloverType.ACCUSE, 5), actors(List.of(state("KEN", 0)), List.of(state("RWA", 6))));
        Actors found = actors(List.of(state("KEN", 0)), List.of());
        resolved.put(agreed, found);

        assertThat(partners.complete(agreed, found, resolved)).isSameAs(found);
    }

    @Test
    void aOneSidedActOfAnotherTypeIsLeftAlone() {
        // a condemnation needs no partner to have happened: "Kenya condemned the raid"
        TriggerMatch condemned = trigger(PloverType.DISAPPROVE, 9);
        Map<TriggerMatch, Actors> resolved = new LinkedHashMap<>();
        resolved.put(trigger(PloverType.CONSULT, 3), actors(List.of(state("KEN", 0)), List.of(state("UGA", 5))));
        Actors found = actors(List.of(state("KEN", 0)), List.of());
        resolved.put(condemned, found);

        assertThat(partners.complete(condemned, found, resolved)).isSameAs(found);
    }

    private static TriggerMatch trigger(PloverType type, int head) {
        TriggerRule rule = new TriggerRule(type, null, List.of(new TriggerRule.Element(Set.of("x"), 'V')), 1.0, "");
        return new TriggerMatch(rule, head, head, head, "x");
    }

    private static Actors actors(List<Mention> sources, List<Mention> targets) {
        return new Actors(sources, targets, true, !targets.isEmpty(), false);
    }

    private static Mention state(String code, int token) {
        return new Mention(new GazetteerEntry(code, code, EntryKind.NATION_NAME, code, true), code, token, token + 1, token,
                token, false);
    }
}
