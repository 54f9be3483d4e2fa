package org.entente.relations.ties;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.entente.relations.config.RelationsConfig;
import org.entente.relations.domain.EventType;
import org.entente.relations.domain.ScoringParameters;
import org.entente.relations.domain.StoryParameters;
import org.entente.relations.domain.TieScorer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * The tie model in force: the parameters saved by the last admin recompute, else those configured
 * under {@code entente.relations.scoring}.
 */
@ApplicationScoped
public class ActiveScoring {

    private static final Logger LOG = Logger.getLogger(ActiveScoring.class);

    private final AtomicReference<TieScorer> scorer = new AtomicReference<>();

    private final RelationsConfig config;
    private final ObjectMapper mapper;
    private final EntityManager em;

    public ActiveScoring(RelationsConfig config, ObjectMapper mapper, EntityManager em) {
        this.config = config;
        this.mapper = mapper;
        this.em = em;
    }

    void onStart(@Observes StartupEvent event) {
        ScoringParameters saved = QuarkusTransaction.requiringNew().call(this::loadSaved);
        scorer.set(new TieScorer(saved != null ? saved : configured()));
        LOG.infof("tie model: half-life %.1f days, scale %.1f%s", current().halfLifeDays(), current().scale(),
                saved != null ? " (saved by an admin recompute)" : "");
    }

    public TieScorer scorer() {
        return scorer.get();
    }

    public ScoringParameters current() {
        return scorer.get().parameters();
    }

    /** Saves the parameters in the caller's transaction; they take effect when {@link #activate} runs. */
    public void save(ScoringParameters parameters) {
        em.createNativeQuery("insert into scoring_parameters (id, parameters, updated_at) values (1, ?1, ?2) "
                + "on conflict (id) do update set parameters = excluded.parameters, updated_at = excluded.updated_at")
                .setParameter(1, toJson(parameters))
                .setParameter(2, Instant.now())
                .executeUpdate();
    }

    public void activate(ScoringParameters parameters) {
        scorer.set(new TieScorer(parameters));
    }

    ScoringParameters configured() {
        RelationsConfig.Scoring s = config.scoring();
        Map<EventType, Double> weights = new EnumMap<>(EventType.class);
        s.typeWeight().forEach((name, weight) -> {
            EventType type = EventType.parse(name);
            if (type == null) {
                throw new IllegalArgumentException("entente.relations.scoring.type-weight." + name
                        + ": not a PLOVER type");
            }
            weights.put(type, weight);
        });
        return ScoringParameters.defaults().withOverrides(weights, s.subtypeBonus(), s.intentFactor(),
                s.negatedCooperationFactor(), s.negatedConflictFactor(), s.halfLifeDays(), s.scale())
                .withStories(configuredStories());
    }

    private StoryParameters configuredStories() {
        RelationsConfig.Stories s = config.stories();
        Map<EventType, Double> windows = new EnumMap<>(EventType.class);
        s.typeWindowHours().forEach((name, hours) -> windows.put(type("stories.type-window-hours." + name, name),
                hours));
        Set<EventType> symmetric = EnumSet.noneOf(EventType.class);
        for (String name : s.symmetricTypes()) {
            symmetric.add(type("stories.symmetric-types", name.strip()));
        }
        return new StoryParameters(s.windowHours(), windows, symmetric, s.minSimilarity(), s.corroborationStep(),
                s.corroborationCap());
    }

    private static EventType type(String key, String name) {
        EventType type = EventType.parse(name);
        if (type == null) {
            throw new IllegalArgumentException("entente.relations." + key + ": '" + name + "' is not a PLOVER type");
        }
        return type;
    }

    private ScoringParameters loadSaved() {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select parameters from scoring_parameters where id = 1")
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        try {
            return mapper.readValue(rows.get(0), ScoringParameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("saved scoring parameters are unreadable", e);
        }
    }

    private String toJson(ScoringParameters parameters) {
        try {
            return mapper.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
