package org.entente.nlp.config;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.entente.nlp.service.DateWindow;

/** The date window of {@code entente.nlp.dates}, on the system clock. */
public class DateWindowProducer {

    @Produces
    @Singleton
    DateWindow dateWindow(NlpConfig config) {
        return new DateWindow(config.dates().maxYearsBack(), config.dates().maxAhead(), Clock.systemUTC());
    }
}
