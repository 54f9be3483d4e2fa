package org.entente.testinfra;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.entente.contracts.Topics;

/**
 * A service keeps its topic names as compile-time constants (channel annotations need them), while
 * entente-contracts' {@code topics.json} is the one list; this holds the constants to that list.
 */
public final class TopicNames {

    private TopicNames() {
    }

    /**
     * The values of the public string constants of {@code constants} that name a topic, every one checked
     * to be in {@code topics.json}.
     *
     * @param notTopics constants that name a consumer group or a channel, not a topic
     * @throws AssertionError naming the constants that are missing from the list
     */
    public static List<String> requireListed(Class<?> constants, Set<String> notTopics) {
        List<String> names = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Field field : constants.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (!Modifier.isStatic(modifiers) || !Modifier.isFinal(modifiers) || field.getType() != String.class
                    || notTopics.contains(field.getName())) {
                continue;
            }
            String value = value(field);
            names.add(value);
            if (Topics.all().stream().noneMatch(t -> t.name().equals(value))) {
                missing.add(constants.getSimpleName() + "." + field.getName() + " = '" + value + "'");
            }
        }
        if (names.isEmpty() || !missing.isEmpty()) {
            throw new AssertionError("topic constants not in entente-contracts' topics.json: " + missing
                    + (names.isEmpty() ? " (no topic constant found in " + constants.getName() + ")" : ""));
        }
        return List.copyOf(names);
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
