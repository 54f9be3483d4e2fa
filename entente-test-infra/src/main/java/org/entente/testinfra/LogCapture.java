package org.entente.testinfra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Every log record (logger, message, parameters, causes) written while a piece of code runs, with the
 * named loggers opened to their finest level meanwhile: for tests that prove a secret is never logged.
 */
public final class LogCapture {

    /** The loggers near authentication and request handling, where a token could leak. */
    public static final List<String> SECURITY_LOGGERS = List.of("io.quarkus.security", "io.quarkus.vertx.http",
            "io.quarkus.oidc", "org.entente", "org.jboss.resteasy.reactive");

    private LogCapture() {
    }

    public static List<String> captureWhile(Collection<String> loudLoggers, Runnable action) {
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new LineCollector(lines);
        handler.setLevel(Level.ALL);
        List<String> names = List.copyOf(loudLoggers);
        List<Level> previous = new ArrayList<>();
        for (String name : names) {
            previous.add(Logger.getLogger(name).getLevel());
            Logger.getLogger(name).setLevel(Level.FINEST);
        }
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            action.run();
            // A line of our own proves the capture works, so an empty result cannot pass for a clean one.
            Logger.getLogger("org.entente.test").info("capture check");
        } finally {
            root.removeHandler(handler);
            for (int i = 0; i < names.size(); i++) {
                Logger.getLogger(names.get(i)).setLevel(previous.get(i));
            }
        }
        return lines;
    }

    private static final class LineCollector extends Handler {
        private final List<String> lines;

        LineCollector(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLoggerName() + " " + record.getMessage());
            if (record.getParameters() != null) {
                for (Object p : record.getParameters()) {
                    line.append(' ').append(p);
                }
            }
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(' ').append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
