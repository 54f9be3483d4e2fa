package org.entente.relations.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.entente.relations.domain.Nations;

/** Loads the nations resource once; it never changes while the service runs. */
public class NationsProducer {

    @Produces
    @Singleton
    Nations nations() {
        return Nations.load();
    }
}
