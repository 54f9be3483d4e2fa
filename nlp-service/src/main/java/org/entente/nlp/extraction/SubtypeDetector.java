package org.entente.nlp.extraction;

import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * The agreement subtype of an event, from the rule itself or from cue words in the sentence:
 * "mutual defense treaty" is a defense pact, "defense cooperation agreement" military cooperation, "restore diplomatic
 * relations" normalization, any other named document ("signed a framework agreement") a treaty.
 * Values as in docs/contracts.md.
 */
final class SubtypeDetector {

    String detect(PloverType type, TriggerMatch trigger, List<CoreLabel> tokens) {
        String text = lemmas(tokens);
        if (type == PloverType.AGREE && trigger.type() == PloverType.CONSULT) {
            // a stated plan to meet or negotiate (CAMEO 036)
            return has(text, " talk ", " negotiation ", " negotiate ", " round of ") ? "negotiation_round" : null;
        }
        if (type == PloverType.AGREE) {
            String ruleSubtype = trigger.type() == PloverType.AGREE ? trigger.rule().subtype() : null;
            if (ruleSubtype != null && !ruleSubtype.equals("normalization")) {
                return ruleSubtype;
            }
            if (has(text, " ceasefire ", " cease-fire ", " cease fire ", " truce ", " armistice ", " cessation of hostility")) {
                return "ceasefire";
            }
            // "defence cooperation" is working together on defence, not a pledge to defend each other
            if (has(text, " defense cooperation", " defence cooperation", " defense industry", " defence industry")) {
                return "military_cooperation";
            }
            if (has(text, " defense ", " defence ", " alliance ", " mutual defense", " security pact", " security agreement",
                    " security treaty", " ally ")) {
                return "defense_pact";
            }
            if (has(text, " military ", " arm deal", " weapon ", " arm sale", " joint exercise", " drill ", " exercise ",
                    " patrol ", " howitzer ", " tank ", " fighter jet", " warship ", " submarine ", " missile ")) {
                return "military_cooperation";
            }
            if (ruleSubtype != null || has(text, " diplomatic relation", " diplomatic tie", " normalize ",
                    " normalise ", " normalization ", " normalisation ", " restore relation", " restore tie", " recognize ",
                    " recognise ", " recognition ", " embassy ", " embassies ", " ambassador ", " rapprochement ")) {
                return "normalization";
            }
            boolean deal = has(text, " deal ", " agreement ", " pact ", " accord ", " treaty ", " memorandum ", " partnership ",
                    " fta ", " contract ");
            if (deal && has(text, " trade ", " free-trade ", " economic ", " investment ", " tariff ", " customs ", " export ",
                    " import ", " commerce ", " fta ", " gas ", " oil ", " energy ", " currency ", " business ")) {
                return "trade_deal";
            }
            // any other formal agreement is a treaty (docs/event-coding.md); a bare "agreed to" names no document
            if (deal || has(text, " treaty ", " accord ", " convention ", " peace agreement", " peace deal", " peace accord",
                    " charter ", " protocol ", " peace ", " declaration ")) {
                return "treaty";
            }
            return null;
        }
        if (type == PloverType.CONSULT) {
            if (trigger.rule().subtype() != null || has(text, " talk ", " negotiation ", " negotiate ", " round of ")) {
                return "negotiation_round";
            }
            return null;
        }
        if (type == PloverType.COOPERATE || type == PloverType.AID) {
            if (has(text, " defense pact", " defence pact", " alliance ")) {
                return "defense_pact";
            }
            if (trigger.rule().subtype() != null || has(text, " military ", " weapon ", " arm ", " munition ", " missile ",
                    " exercise ", " drill ", " war game", " naval ", " troop ", " ammunition ", " tank ", " jet ", " drone ")) {
                return "military_cooperation";
            }
            return null;
        }
        if (type == PloverType.RETREAT && has(text, " ceasefire ", " cease-fire ", " truce ")) {
            return "ceasefire";
        }
        return null;
    }

    private static String lemmas(List<CoreLabel> tokens) {
        StringBuilder text = new StringBuilder(" ");
        for (CoreLabel token : tokens) {
            text.append(TriggerLexicon.lemma(token).toLowerCase(Locale.ROOT)).append(' ');
        }
        return text.toString();
    }

    private static boolean has(String text, String... cues) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }
}
