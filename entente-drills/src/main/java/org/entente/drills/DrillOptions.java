package org.entente.drills;

import java.util.HashMap;
import java.util.Map;

/** {@code --name value} command-line options with defaults; an unknown option is an error a person can fix. */
final class DrillOptions {

    private final Map<String, String> values = new HashMap<>();

    DrillOptions(String[] args, Map<String, String> defaults) {
        values.putAll(defaults);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException(
                        "unexpected argument '" + args[i] + "'; options (with defaults): " + defaults);
            }
            values.put(name, args[++i]);
        }
    }

    int integer(String name) {
        return Integer.parseInt(values.get(name));
    }

    double decimal(String name) {
        return Double.parseDouble(values.get(name));
    }

    String text(String name) {
        return values.get(name);
    }
}
