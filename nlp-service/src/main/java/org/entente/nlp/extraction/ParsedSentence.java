package org.entente.nlp.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/** A dependency graph of one sentence, addressed by 0-based token index. */
final class ParsedSentence {

    /** One outgoing or incoming edge: the relation name (with its case marker) and the other token. */
    record Arc(String relation, int token) {

        boolean is(String prefix) {
            return relation.equals(prefix) || relation.startsWith(prefix + ":");
        }

        /** The case marker of an enhanced relation: "with" in "obl:with". */
        String marker() {
            int colon = relation.indexOf(':');
            return colon < 0 ? "" : relation.substring(colon + 1).toLowerCase(Locale.ROOT);
        }
    }

    /** Clause links below which an event is still asserted on its own: "X signed ... and Y attacked ...". */
    private static final Set<String> INDEPENDENT_LINKS = Set.of("conj", "parataxis", "root", "dep", "list");
    private static final Set<String> FINITE_MARKERS = Set.of(
            "after", "before", "because", "while", "as", "when", "since", "although", "though", "despite", "following",
            "until", "once", "whereas");

    private final SemanticGraph graph;
    private final SemanticGraph tree;
    private final Map<Integer, Integer> depths = new HashMap<>();
    /**
     * Each graph's node by token, the one CoreNLP's {@code getNodeByIndexSafe} returns (the first of the vertex set with
     * that index), found once: that method scans the vertex set on every call, 2 % of the extractor's CPU on dense news.
     */
    private final IndexedWord[] treeNodes;
    private final IndexedWord[] graphNodes;

    /**
     * @param graph enhanced++ dependencies, for arguments
     * @param tree basic dependencies, a tree, for depth and embedding
     */
    ParsedSentence(SemanticGraph graph, SemanticGraph tree) {
        this.graph = graph;
        this.tree = tree;
        this.treeNodes = byToken(tree);
        this.graphNodes = byToken(graph);
        computeDepths();
    }

    private static IndexedWord[] byToken(SemanticGraph graph) {
        int size = 0;
        for (IndexedWord vertex : graph.vertexSet()) {
            size = Math.max(size, vertex.index());
        }
        IndexedWord[] nodes = new IndexedWord[size];
        for (IndexedWord vertex : graph.vertexSet()) {
            int token = vertex.index() - 1;
            if (token >= 0 && nodes[token] == null) {
                nodes[token] = vertex;
            }
        }
        return nodes;
    }

    private IndexedWord treeNode(int token) {
        return token >= 0 && token < treeNodes.length ? treeNodes[token] : null;
    }

    private IndexedWord graphNode(int token) {
        return token >= 0 && token < graphNodes.length ? graphNodes[token] : null;
    }

    /** The governor of token in the basic tree and the relation to it, or null at the root. */
    Arc treeParent(int token) {
        IndexedWord node = treeNode(token);
        if (node == null) {
            return null;
        }
        for (SemanticGraphEdge edge : tree.incomingEdgeIterable(node)) {
            return new Arc(edge.getRelation().toString(), edge.getGovernor().index() - 1);
        }
        return null;
    }

    /** Prepositions before a gerund that tell when or how an act was done, as a fact: "after meeting", "by expelling". */
    private static final Set<String> GERUND_MARKERS = Set.of("after", "before", "since", "while", "upon", "when", "by");
    private static final Set<String> TIME_GERUND_MARKERS = Set.of("after", "before", "since", "while", "upon", "when");

    /**
     * The object of a gerund the parser took for an adjective ("responded by expelling three Bolivian diplomats", "a
     * month after severing ties with Rabat", "said after meeting Rubio": the gerund hangs as {@code amod} on its object,
     * which takes the preposition): that noun, or -1 for a real modifier ("the occupied West Bank").
     */
    int gerundObject(int token) {
        IndexedWord node = treeNode(token);
        Arc up = treeParent(token);
        if (node == null || !"VBG".equals(node.tag()) || up == null || !up.is("amod") || up.token() <= token) {
            return -1;
        }
        if (commaGerund(token)) {
            return up.token();
        }
        if (!GERUND_MARKERS.contains(word(token - 1).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        int marker = token - 1;
        return treeChildren(up.token()).stream().anyMatch(a -> a.is("case") && a.token() == marker) ? up.token() : -1;
    }

    /**
     * "Somalia expelled Ethiopia's ambassador, accusing Addis Ababa of interfering", "..., deploying warships and
     * bombers": a participle set off by a comma that the parser hung on the noun after it as an adjective. An adjective
     * that describes a noun does not follow a comma before its noun phrase; a participle adjunct does, and the noun is
     * its object.
     */
    private boolean commaGerund(int token) {
        IndexedWord node = treeNode(token);
        Arc up = treeParent(token);
        return node != null && "VBG".equals(node.tag()) && token > 0 && word(token - 1).equals(",") && up != null
                && up.is("amod") && up.token() > token
                && treeChildren(token).stream().noneMatch(a -> a.is("mark") || a.is("case") || a.is("aux"));
    }

    /**
     * The subject of an absolute clause with "with" that the parser hung as a participle on that subject ("..., with
     * Biden, Kishida and Marcos pledging to expand joint patrols": "pledging" an {@code acl} of "Biden", which takes
     * the "with"); -1 when the participle is not one.
     */
    int absoluteWith(int token) {
        IndexedWord node = treeNode(token);
        Arc up = treeParent(token);
        if (node == null || !"VBG".equals(node.tag()) || up == null || !up.relation().equals("acl")
                || up.token() >= token) {
            return -1;
        }
        boolean with = treeChildren(up.token()).stream()
                .anyMatch(a -> a.is("case") && word(a.token()).equalsIgnoreCase("with"));
        return with ? up.token() : -1;
    }

    /** A misparsed gerund of time ("after meeting Rubio"): told as a fact, whatever it hangs on. */
    private boolean timeGerund(int token) {
        return gerundObject(token) >= 0 && TIME_GERUND_MARKERS.contains(word(token - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the event at node is only part of what the event at ancestor says, wants or
     * refuses ("threatened to cut ties", "accused X of attacking Y", "rejected an offer of talks")
     * rather than a separate assertion ("signed a deal and held talks").
     */
    boolean embeds(int ancestor, int node) {
        return embeds(ancestor, node, false);
    }

    /**
     * @param nounClauses a finite clause of time on a noun below the ancestor ("..., the first visit since the two
     *        countries broke off ties") tells an event of its own, as an adverbial one does
     */
    boolean embeds(int ancestor, int node, boolean nounClauses) {
        if (timeGerund(node) || commaGerund(node)) {
            // "agreed to take back migrants after meeting U.S. envoy Grenell": as a finite clause of time would
            return false;
        }
        Arc first = treeParent(node);
        if (first != null && first.is("conj") && first.token() != ancestor && finiteVerb(node)
                && !sharesTense(first.token())) {
            // "demanded that Tokyo withdraw its claim ... and summoned a Japanese attache": a finite verb cannot share
            // the infinitive, participle, modal or noun the parser joined it to, so it begins a clause of its own,
            // told as a fact
            return false;
        }
        if (first != null && first.is("conj") && first.token() != ancestor && verb(node) && verb(first.token())) {
            // "..., where the two leaders reaffirmed support ... and agreed to lift trade": a verb joined by "and" stands
            // where its first conjunct stands, told as a fact when that one is
            return embeds(ancestor, first.token(), nounClauses);
        }
        int current = node;
        for (int steps = 0; steps < 15; steps++) {
            Arc up = treeParent(current);
            if (up == null) {
                return false;
            }
            if (current == node && up.is("appos")) {
                // "envoys of Turkey and Armenia, meeting in Vienna, agreed ...": set beside a noun, told as a fact
                return false;
            }
            if (current == node && (up.relation().equals("acl:relcl")
                    || (up.relation().equals("acl") && (transfer(current) || agentive(current)))
                    || judgesItsNoun(current))) {
                // "Iran, which supplied drones to Russia, ...", "drones sold to Russia": told as a fact about the noun
                return false;
            }
            if (current == node && absoluteWith(current) >= 0) {
                // "..., with Rubio and Lavrov agreeing to restore embassy staffing": an absolute clause with its own
                // subject tells a further act, whatever the parser hung it on
                return false;
            }
            if (current == node && up.relation().equals("acl") && commaParticiple(current)) {
                // "hosted Somalia's president, pledging aid to Mogadishu": a participle after a comma hung on a noun
                // tells a further act, not what the noun's verb did or wanted
                return false;
            }
            if (current == node && (up.relation().startsWith("nmod") || up.is("obl")) && occasionOnANoun(current)) {
                // "concluded a treaty during Putin's visit": the parser hangs the occasion on the object noun; it is
                // still the meeting at which the act took place, an event of its own
                return false;
            }
            if (current == node && up.token() != ancestor && (up.is("advcl") || up.relation().equals("dep"))
                    && "VBG".equals(treeNode(current).tag()) && participleAdjunct(current)
                    && afterComma(current)) {
                // "agreed to accept the flights, yielding to pressure from Washington": a participle set off by a comma
                // tells a further act of the subject even when the parser hangs it on the wanted verb
                return false;
            }
            if (up.token() != ancestor && (nounClauses ? timeClause(up) : up.is("advcl")) && finiteClause(current)) {
                // "pledged to boost cooperation after Mahama hosted his Togolese counterpart": a finite clause of time
                // or cause under what the ancestor wants is told as a fact, whatever the depth
                return false;
            }
            if (up.token() == ancestor && up.is("obl") && occasion(current, ancestor)) {
                // "sent troops at Kyiv's request": the request is an event of its own, not what was sent
                return false;
            }
            if (up.token() == ancestor) {
                String base = up.relation().contains(":") ? up.relation().substring(0, up.relation().indexOf(':'))
                        : up.relation();
                if (INDEPENDENT_LINKS.contains(base) || (base.equals("ccomp") && reportedAside(current))) {
                    return false;
                }
                if (up.is("acl") && timeClause(up) && finiteClause(current)) {
                    // "the first visit since the two countries broke off ties in 2012": a finite clause of time on a
                    // noun tells an event of its own
                    return false;
                }
                return !(base.equals("advcl") && (finiteClause(current) || participleAdjunct(current)));
            }
            current = up.token();
        }
        return false;
    }

    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");

    private static final Set<String> MODALS = Set.of(
            "will", "would", "could", "can", "may", "might", "must", "should", "shall", "to");

    /** A verb in the past or present tense with no auxiliary of its own: "..., and summoned". */
    private boolean finiteVerb(int token) {
        IndexedWord node = treeNode(token);
        return node != null && FINITE_TAGS.contains(node.tag())
                && treeChildren(token).stream().noneMatch(a -> a.is("aux") || a.is("mark"));
    }

    /**
     * Whether a finite verb joined to this word can share its tense: a finite verb, or a participle with an auxiliary
     * that is not a modal ("had drifted ... and shut"); not an infinitive, a bare participle, a verb under a modal or
     * "to", nor a noun or adjective.
     */
    private boolean sharesTense(int token) {
        IndexedWord node = treeNode(token);
        if (node == null || node.tag() == null) {
            return true;
        }
        List<Arc> children = treeChildren(token);
        boolean modal = children.stream().anyMatch(
                a -> (a.is("aux") || a.is("mark")) && MODALS.contains(word(a.token()).toLowerCase(Locale.ROOT)));
        if (modal) {
            return false;
        }
        String tag = node.tag();
        if (FINITE_TAGS.contains(tag) || !(tag.startsWith("VB") || tag.startsWith("NN") || tag.startsWith("JJ"))) {
            // a function word ("established ties with and opened an embassy") says nothing about the clause
            return true;
        }
        if (tag.equals("VBN")) {
            return children.stream().anyMatch(a -> a.is("aux") || a.is("aux:pass"));
        }
        return false;
    }

    private boolean verb(int token) {
        IndexedWord node = treeNode(token);
        return node != null && node.tag() != null && node.tag().startsWith("VB");
    }

    /** Participles of speech the parser takes for a marker: "congratulated X, saying Beijing was ready to ...". */
    private static final Set<String> SPEECH_PARTICIPLES = Set.of("saying", "adding", "stating", "noting", "declaring");

    /** A statement added beside the act ("..., saying Tokyo was ready to ..."), not what the act itself said or wanted. */
    private boolean reportedAside(int clauseHead) {
        return treeChildren(clauseHead).stream()
                .anyMatch(a -> a.is("mark") && SPEECH_PARTICIPLES.contains(word(a.token()).toLowerCase(Locale.ROOT)));
    }

    /** Prepositions that place a nominal event beside the clause's own: "after talks with", "during a visit by". */
    private static final Set<String> OCCASION_CASES = Set.of(
            "at", "upon", "after", "during", "following", "before", "amid", "ahead");
    /** "told Netanyahu in a phone call": a conversation in which the clause's act took place is an event of its own. */
    private static final Set<String> CONVERSATIONS = Set.of("call", "conversation", "videoconference", "phone", "telephone");
    /** Verbs of coming and going whose purpose is an event that takes place: "arrived in Damascus for talks with". */
    private static final Set<String> TRAVEL_VERBS = Set.of(
            "arrive", "fly", "land", "travel", "come", "go", "head", "return", "leave", "depart", "be", "sit", "gather");

    /**
     * A nominal event beside the clause's own, not part of what it says or wants: "at Kyiv's request",
     * "on Kenya's invitation", "sealed a treaty after talks on energy", "during Putin's visit",
     * "arrived in Damascus for talks with Assad" (but "called for talks" asks for them).
     */
    private boolean occasion(int noun, int governor) {
        List<Arc> children = treeChildren(noun);
        for (Arc arc : children) {
            if (arc.is("case")) {
                String marker = word(arc.token()).toLowerCase(Locale.ROOT);
                if (OCCASION_CASES.contains(marker)
                        || (marker.equals("on") && (children.stream().anyMatch(a -> a.is("nmod:poss"))
                                || VISITS.contains(lemma(noun))))
                        || (marker.equals("for") && TRAVEL_VERBS.contains(lemma(governor)))
                        || ((marker.equals("in") || marker.equals("by")) && CONVERSATIONS.contains(lemma(noun)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A meeting in which the clause's act took place: "during talks with", "at a summit", "in a phone call"; not one
     * that only dates it ("weeks after a visit by envoys from Lebanon").
     */
    boolean meetingOfTheAct(int noun) {
        return conversation(noun) || meetingCase(noun) || spanOfMeetings(noun);
    }

    /** Prepositions that put a meeting around the act: "during talks", "at a summit", "after talks in Delhi", "on a visit". */
    private boolean meetingCase(int noun) {
        Arc up = treeParent(noun);
        // "weeks after a visit by envoys from Lebanon" only dates the act
        boolean dated = up != null && DATING_SPANS.contains(lemma(up.token()));
        return treeChildren(noun).stream().filter(arc -> arc.is("case"))
                .map(arc -> word(arc.token()).toLowerCase(Locale.ROOT))
                .anyMatch(marker -> marker.equals("during") || marker.equals("at")
                        || (!dated && (marker.equals("after") || marker.equals("following")))
                        || (marker.equals("on") && VISITS.contains(lemma(noun))));
    }

    /** "after two days of negotiations", "following a round of talks": the meeting counted by a span around the act. */
    private boolean spanOfMeetings(int noun) {
        Arc up = treeParent(noun);
        return up != null && up.is("nmod") && SPANS.contains(lemma(up.token())) && meetingCase(up.token())
                && treeChildren(noun).stream().anyMatch(a -> a.is("case") && word(a.token()).equalsIgnoreCase("of"));
    }

    private static final Set<String> VISITS = Set.of("visit", "trip", "tour");
    private static final Set<String> SPANS = Set.of("day", "week", "hour", "month", "round", "session");
    /** "years of negotiations" tells a long process, not the meeting at which the act was done. */
    private static final Set<String> DATING_SPANS = Set.of("day", "week", "hour", "month", "year");

    /** "in a phone call", "by telephone": a conversation as the means of the clause's act. */
    boolean conversation(int noun) {
        return CONVERSATIONS.contains(lemma(noun)) && treeChildren(noun).stream().anyMatch(arc -> arc.is("case")
                && Set.of("in", "by", "during").contains(word(arc.token()).toLowerCase(Locale.ROOT)));
    }

    /** An event noun hung on another noun by a preposition of time: "a treaty during the visit", "deals at talks". */
    private boolean occasionOnANoun(int noun) {
        IndexedWord node = treeNode(noun);
        if (node == null || node.tag() == null || node.tag().startsWith("NNP")) {
            return false; // "during World War Two": a period's name, not an event the sentence tells
        }
        return treeChildren(noun).stream().anyMatch(arc -> arc.is("case")
                && OCCASION_CASES.contains(word(arc.token()).toLowerCase(Locale.ROOT)));
    }

    String lemma(int token) {
        IndexedWord node = treeNode(token);
        String lemma = node == null ? null : node.lemma();
        return lemma == null ? word(token).toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
    }

    /** A past participle that names a recipient: "sold to Russia", "delivered to Kyiv"; not "of attacking". */
    private boolean transfer(int token) {
        IndexedWord node = treeNode(token);
        if (node == null || !"VBN".equals(node.tag()) || treeChildren(token).stream().anyMatch(a -> a.is("mark"))) {
            return false;
        }
        for (Arc arc : treeChildren(token)) {
            if (arc.is("obl")) {
                for (Arc marker : treeChildren(arc.token())) {
                    String word = word(marker.token()).toLowerCase(Locale.ROOT);
                    if (marker.is("case") && (word.equals("to") || word.equals("into") || word.equals("for"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A past participle with its own agent: "a protocol signed by Cairo and Mogadishu", "aid pledged by Germany". */
    private boolean agentive(int token) {
        IndexedWord node = treeNode(token);
        if (node == null || !"VBN".equals(node.tag()) || treeChildren(token).stream().anyMatch(a -> a.is("mark"))
                || Set.of("commit", "oppose", "prepare", "determine", "dedicate").contains(lemma(token))) {
            return false;
        }
        return treeChildren(token).stream().filter(a -> a.is("obl")).anyMatch(a -> treeChildren(a.token()).stream()
                .anyMatch(c -> c.is("case") && word(c.token()).equalsIgnoreCase("by")));
    }

    /**
     * "Visiting Beijing, Baerbock rebuked ...", "closed the crossings, accusing Moscow of ...": a participle joined to
     * the clause without a marker tells a further act of the subject, not what the clause says or wants ("to help",
     * "of attacking" carry a marker and stay inside); so is an absolute clause with "with" and a subject of its own.
     */
    /** A present participle right after a comma, without marker, auxiliary or subject: "..., pledging aid". */
    boolean commaParticiple(int token) {
        IndexedWord node = treeNode(token);
        IndexedWord before = treeNode(token - 1);
        return node != null && "VBG".equals(node.tag()) && before != null && before.word().equals(",")
                && treeChildren(token).stream().noneMatch(a -> a.is("mark") || a.is("case") || a.is("aux") || a.is("nsubj"));
    }

    /** The word before a clause's first token is a comma: "..., yielding to". */
    private boolean afterComma(int clauseHead) {
        int first = clauseHead;
        for (IndexedWord w : tree.descendants(treeNode(clauseHead))) {
            first = Math.min(first, w.index() - 1);
        }
        IndexedWord before = treeNode(first - 1);
        return before != null && before.word().equals(",");
    }

    private boolean participleAdjunct(int clauseHead) {
        IndexedWord node = treeNode(clauseHead);
        if (node == null || !("VBG".equals(node.tag()) || "VBN".equals(node.tag()))) {
            return false;
        }
        List<Arc> children = treeChildren(clauseHead);
        if (children.stream().noneMatch(a -> a.is("mark") || a.is("case") || a.is("aux"))) {
            return true;
        }
        // "..., with Zelensky praising London": an absolute clause with its own subject ("charged X with violating"
        // has none and stays what is charged)
        return children.stream().anyMatch(a -> a.is("nsubj")) && children.stream().noneMatch(a -> a.is("aux"))
                && children.stream().filter(a -> a.is("mark") || a.is("case"))
                        .allMatch(a -> word(a.token()).equalsIgnoreCase("with"));
    }

    /**
     * A verb of attitude in a clause on a noun, with its own judge: "attacks that Qatar condemned", "a move Kinshasa
     * denounced" (parsed as dep), "an attack condemned by Iran". It judges what the noun stands for, told as a fact
     * about it, not part of it.
     */
    boolean judgesItsNoun(int token) {
        Arc up = treeParent(token);
        if (up == null || !TriggerSelection.ATTITUDES.contains(lemma(token))) {
            return false;
        }
        if (up.is("acl") || up.relation().equals("dep")) {
            IndexedWord noun = treeNode(up.token());
            IndexedWord verb = treeNode(token);
            boolean nounAbove = noun != null && noun.tag() != null && noun.tag().startsWith("NN");
            boolean judge = children(token).stream().anyMatch(a -> (a.is("nsubj") && !a.relation().startsWith("nsubj:pass"))
                    || (verb != null && "VBN".equals(verb.tag()) && a.is("obl")
                            && (a.marker().equals("agent") || a.marker().equals("by"))));
            return nounAbove && judge;
        }
        return false;
    }

    /** An adverbial clause, or a clause on a noun with a marker ("the first visit since ... broke off ties"). */
    private static boolean timeClause(Arc up) {
        return up.is("advcl") || (up.is("acl") && !up.relation().equals("acl:relcl"));
    }

    private boolean finiteClause(int clauseHead) {
        for (Arc arc : treeChildren(clauseHead)) {
            if (arc.is("mark") || arc.is("case")) {
                IndexedWord word = treeNode(arc.token());
                if (word != null && FINITE_MARKERS.contains(word.word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause headed by token carries an "unless ..." condition. */
    boolean hasUnlessClause(int token) {
        for (Arc arc : treeChildren(token)) {
            if (arc.is("advcl")) {
                for (Arc mark : treeChildren(arc.token())) {
                    if (mark.is("mark") && word(mark.token()).equalsIgnoreCase("unless")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    String word(int token) {
        IndexedWord node = treeNode(token);
        return node == null ? "" : node.word();
    }

    List<Arc> treeChildren(int token) {
        IndexedWord node = treeNode(token);
        List<Arc> arcs = new ArrayList<>();
        if (node != null) {
            for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(node)) {
                arcs.add(new Arc(edge.getRelation().toString(), edge.getDependent().index() - 1));
            }
        }
        return arcs;
    }

    List<Arc> children(int token) {
        IndexedWord node = graphNode(token);
        List<Arc> arcs = new ArrayList<>();
        if (node != null) {
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
                arcs.add(new Arc(edge.getRelation().toString(), edge.getDependent().index() - 1));
            }
        }
        return arcs;
    }

    List<Arc> parents(int token) {
        IndexedWord node = graphNode(token);
        List<Arc> arcs = new ArrayList<>();
        if (node != null) {
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                arcs.add(new Arc(edge.getRelation().toString(), edge.getGovernor().index() - 1));
            }
        }
        return arcs;
    }

    /** Distance from the root; deeper triggers lose to shallower ones for the same pair. */
    int depth(int token) {
        return depths.getOrDefault(token, 99);
    }

    private void computeDepths() {
        Deque<IndexedWord> queue = new ArrayDeque<>();
        for (IndexedWord root : tree.getRoots()) {
            depths.put(root.index() - 1, 0);
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            IndexedWord node = queue.poll();
            int depth = depths.get(node.index() - 1);
            for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(node)) {
                int child = edge.getDependent().index() - 1;
                if (!depths.containsKey(child)) {
                    depths.put(child, depth + 1);
                    queue.add(edge.getDependent());
                }
            }
        }
    }
}
