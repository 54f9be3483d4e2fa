package org.entente.nlp.service;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.entente.nlp.config.NlpConfig;

/** The date window of {@code entente.nlp.dates}, on the system clock. */
public class DateWindowProducer {

    @Produces
    @Singleton
    DateWindow dateWindow(NlpConfig config) {
        return new DateWindow(config.dates().maxYearsBack(), config.dates().maxAhead(), Clock.systemUTC());
    }
}
