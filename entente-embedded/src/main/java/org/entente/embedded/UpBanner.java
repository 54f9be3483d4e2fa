package org.entente.embedded;

import java.io.PrintStream;

/** What a person needs once everything is ready: URLs, where the data and logs are, how to stop. */
final class UpBanner {

    private final LaunchSettings settings;
    private final EntenteStack stack;
    private final PrintStream out;

    UpBanner(LaunchSettings settings, EntenteStack stack, PrintStream out) {
        this.settings = settings;
        this.stack = stack;
        this.out = out;
    }

    void print() {
        out.println();
        out.println(Launcher.READY_LINE);
        ServiceSpec relations = settings.service("relations-service");
        out.println("  Dashboard      " + relations.url() + "/");
        out.println("  Ties API       " + relations.url() + "/api/v1/ties?nation=SAU   (and /api/v1/ties/IRN/SAU)");
        ServiceSpec ingest = settings.service("ingest-service");
        out.println("  Feeds API      " + ingest.url() + "/api/v1/feeds   articles: POST " + ingest.url() + "/api/v1/articles");
        ServiceSpec nlp = settings.service("nlp-service");
        out.println("  Extract API    POST " + nlp.url() + "/api/v1/extract {\"text\": \"...\"}");
        for (ServiceSpec s : settings.services()) {
            out.printf("  %-18s %s/q/swagger-ui   health %s/q/health   metrics %s/q/metrics%n", s.name(), s.url(), s.url(),
                    s.url());
        }
        out.println("  Kafka          " + stack.bootstrapServers());
        out.println("  PostgreSQL     " + stack.jdbcUrl());
        out.println(adminToken());
        out.println("  Logs           " + settings.home().relativize(settings.logDir()) + "/<service>.log, infrastructure.log");
        out.println("Stop with Ctrl-C or ./entente down. Data stays in .entente/ for the next start.");
        out.println();
    }

    private String adminToken() {
        try {
            return stack.adminTokenHolder().describe(settings.home(), settings.service("ingest-service").url());
        } catch (java.io.IOException e) {
            return "  Admin token    unreadable: " + e.getMessage();
        }
    }
}
