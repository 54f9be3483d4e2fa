package org.entente.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The in-process broker and PostgreSQL log through java.util.logging to a file, so the console keeps the launcher's
 * (or a drill's) own progress.
 */
public final class InfrastructureLog {

    private InfrastructureLog() {
    }

    public static void to(Path file) throws IOException {
        // Kafka carries log4j-api without an implementation; its simple context avoids a console error.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s [%3$s] %5$s%6$s%n");
        Files.createDirectories(file.getParent());
        LogManager.getLogManager().reset();
        FileHandler handler = new FileHandler(file.toString(), true);
        handler.setFormatter(new SimpleFormatter());
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        root.setLevel(Level.INFO);
    }
}
