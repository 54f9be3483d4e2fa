package org.entente.nlp.config;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The default of {@code entente.nlp.workers}: the processors this JVM sees (the container's CPU limit
 * on Kubernetes), which a properties file cannot express. Lowest precedence, so
 * {@code ENTENTE_NLP_WORKERS} or application.properties win.
 */
public class WorkersDefault implements ConfigSource {

    public static final String KEY = "entente.nlp.workers";

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, String.valueOf(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? getProperties().get(KEY) : null;
    }

    @Override
    public String getName() {
        return "entente-nlp-workers-default";
    }

    @Override
    public int getOrdinal() {
        return 1;
    }
}
