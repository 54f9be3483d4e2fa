package org.entente.relations.queries;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.entente.relations.domain.DayRollup;
import org.entente.relations.domain.NationPair;

/** Reads a pair's daily rollups in day order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollupReader {

    private final EntityManager em;

    public RollupReader(EntityManager em) {
        this.em = em;
    }

    public List<DayRollup> upTo(NationPair pair, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, event_count, mass, mass_forward, mass_backward "
                + "from daily_rollup where pair_first = ?1 and pair_second = ?2 and day <= ?3 order by day")
                .setParameter(1, pair.first())
                .setParameter(2, pair.second())
                .setParameter(3, to)
                .getResultList();
        List<DayRollup> rollups = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            rollups.add(new DayRollup(toLocalDate(row[0]), ((Number) row[1]).intValue(),
                    ((Number) row[2]).doubleValue(), ((Number) row[3]).doubleValue(),
                    ((Number) row[4]).doubleValue()));
        }
        return rollups;
    }

    static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
