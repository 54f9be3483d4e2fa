package org.entente.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.entente.testinfra.EntenteInfrastructure;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The look-up of a publish's related articles reads {@code seen_article} through its indexes only: a sequential scan
 * there reads every article ever seen, on every publish. The planner is told to avoid sequential scans (the test's
 * tables are small enough that it would choose them anyway); a query it cannot answer otherwise still gets one.
 */
@QuarkusTest
@WithTestResource(value = EntenteInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RelatedArticlesPlanTest {

    @Inject
    EntityManager em;

    @Test
    void relatedArticlesAreFoundThroughIndexesOnly() {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("select set_config('enable_seqscan', 'off', true)").getSingleResult();
            @SuppressWarnings("unchecked")
            List<String> lines = new java.util.ArrayList<>(em.createNativeQuery("explain " + StoryIndexRepository.EXACT)
                    .setParameter("ids", List.of("a".repeat(32), "b".repeat(32)))
                    .setParameter("fps", List.of("c".repeat(64), "d".repeat(64)))
                    .setParameter("keys", List.of("example.org/a", "example.org/b")).getResultList());
            @SuppressWarnings("unchecked")
            List<String> bands = em.createNativeQuery("explain " + StoryIndexRepository.BANDS)
                    .setParameter("bands", "{1,2,3}").setParameter("max", 5)
                    .setParameter("probe", StoryIndexRepository.COMMON_BAND_SHARERS + 1).getResultList();
            lines.addAll(bands);
            return String.join("\n", lines);
        });
        assertThat(plan).doesNotContain("Seq Scan on seen_article ");
    }
}
