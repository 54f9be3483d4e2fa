package org.entente.nlp.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Weapons, armed forces and attacks as the words of a clause: "Israeli jets pounded ...", "a Turkish drone strike hit
 * ...", "its sea drones sank the Russian landing ship", "battling Russian army units". Verbs of impact (hit, pound,
 * batter, sink, ...) are an armed attack only in such company: "sanctions hit the economy" and "hammered out a deal"
 * are not. Used for the trigger rows flagged {@code W}.
 */
final class ArmedForces {

    /**
     * Weapons and their carriers, units, and nouns of an attack, written for wire copy on strikes; units of the agents
     * file's military sector ("artillery", "navy", "warplane", "army unit", "border guard") count besides.
     */
    private static final Set<String> FORCE_NOUNS = Set.of(
            // weapons and what carries them
            "missile", "rocket", "drone", "jet", "warplane", "aircraft", "plane", "bomber", "fighter", "helicopter",
            "gunship", "shell", "mortar", "artillery", "bomb", "munition", "projectile", "torpedo", "tank", "warship",
            "submarine", "gunboat", "frigate", "destroyer", "howitzer", "gun", "interceptor", "barrage", "salvo",
            // armed forces
            "troop", "soldier", "force", "army", "navy", "military", "marine", "unit", "battalion", "brigade",
            "division", "regiment", "militia", "guard", "sniper", "commando", "paratrooper",
            // the attack itself, as the subject of a verb of impact ("a drone strike hit ...")
            "strike", "airstrike", "attack", "raid", "bombardment", "shelling", "fire", "gunfire", "offensive",
            // what armed forces hold: "pounded army positions", "hit air defences"
            "position", "base", "defence", "defense", "outpost", "checkpoint", "depot", "ship", "vessel");

    private ArmedForces() {
    }

    /**
     * A verb of impact is an armed attack here: its subject, passive agent, object or instrument ("with drones") is a
     * weapon, an armed force, an attack or a military target, by its head noun or a compound on it ("missile strike").
     */
    static boolean engaged(ParsedSentence parsed, int verb) {
        for (ParsedSentence.Arc arc : parsed.children(verb)) {
            boolean argument = arc.is("nsubj") || arc.is("obj")
                    || ((arc.is("obl") || arc.is("nmod")) && (arc.marker().equals("agent") || arc.marker().equals("by")
                            || arc.marker().equals("with")));
            if (argument && force(parsed, arc.token())) {
                return true;
            }
        }
        return false;
    }

    private static boolean force(ParsedSentence parsed, int head) {
        if (forceWord(parsed, head)) {
            return true;
        }
        for (ParsedSentence.Arc arc : parsed.children(head)) {
            if (arc.is("compound") && forceWord(parsed, arc.token())) {
                return true;
            }
        }
        return false;
    }

    private static boolean forceWord(ParsedSentence parsed, int token) {
        String lemma = parsed.lemma(token).toLowerCase(Locale.ROOT);
        if (FORCE_NOUNS.contains(lemma)) {
            return true;
        }
        AgentNouns.Agent agent = AgentNouns.shared().find(token, parsed::word, parsed::lemma);
        return agent != null && agent.sector().startsWith("MIL");
    }
}
