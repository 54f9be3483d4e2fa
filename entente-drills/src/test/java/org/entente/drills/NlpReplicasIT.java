package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.entente.contracts.Topics;
import org.entente.embedded.InfrastructureLog;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * nlp-service scaled out on the real broker: two packaged nlp-service processes in consumer group
 * {@code nlp-service} split the partitions of {@code articles} between them, both extract, and every
 * event reaches {@code events} and relations-service exactly once. {@code -Ddrills.replicas.skip=true}
 * leaves it out of a local {@code ./mvnw verify}.
 */
class NlpReplicasIT {

    private static final int ARTICLES = 60;
    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    @Test
    void twoNlpProcessesShareTheArticlesAndNoEventIsLostOrDoubled() throws Exception {
        assumeFalse(Boolean.parseBoolean(System.getProperty("drills.replicas.skip", "false")), "-Ddrills.replicas.skip=true");
        Path home = Path.of(System.getProperty("entente.home", "..")).toAbsolutePath().normalize();
        Path state = home.resolve("entente-drills/target/replicas-state");
        DrillFiles.deleteRecursively(state);
        InfrastructureLog.to(state.resolve("logs/infrastructure.log"));
        String token = UUID.randomUUID().toString();
        DenseCorpus corpus = new DenseCorpus(DenseCorpus.DEFAULT_SEED, Instant.now());
        ReleaseSchedule schedule = new ReleaseSchedule(ARTICLES, 1_000_000);
        // One worker each: one group member per process, so the group's members are the processes.
        try (DrillStack stack = new DrillStack(home, state, token, Map.of("nlp-service:ENTENTE_NLP_WORKERS", "1"), System.out,
                2);
                FeedServer feeds = new FeedServer(corpus, schedule, 6, ARTICLES / 6 + 1);
                KafkaProbe kafka = startAndProbe(stack)) {
            Map<String, Set<TopicPartition>> members = awaitMembers(kafka, 2);
            Set<TopicPartition> all = new HashSet<>();
            members.values().forEach(partitions -> {
                assertThat(partitions).as("each process reads partitions of its own").isNotEmpty();
                assertThat(all.addAll(partitions)).as("no partition is read twice").isTrue();
            });
            assertThat(all).as("together they read every partition of articles").hasSize(12);

            new AdminApi(token).registerFeeds(stack.url(DrillStack.INGEST), feeds.feedUrls(), 1);
            schedule.start();
            Database db = new Database(stack.jdbcUrl());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            Map<String, Long> perProcess = perProcess(stack);
            while (!(sum(perProcess) >= ARTICLES && kafka.lag("relations-service", Topics.EVENTS) == 0
                    && db.eventsApplied() == kafka.endOffsets(Topics.EVENTS))) {
                assertThat(System.nanoTime()).as("all articles through both processes within " + TIMEOUT).isLessThan(deadline);
                Thread.sleep(1000);
                perProcess = perProcess(stack);
            }
            System.out.println("  articles per nlp-service process: " + perProcess);
            assertThat(perProcess.values()).as("both processes extracted").allMatch(count -> count > 0);
            assertThat(sum(perProcess)).as("every article once").isEqualTo(ARTICLES);

            List<ConsumerRecord<String, byte[]>> events = KafkaProbe.records(stack.bootstrapServers(), Topics.EVENTS);
            Set<String> ids = new HashSet<>();
            ObjectMapper json = new ObjectMapper();
            for (ConsumerRecord<String, byte[]> event : events) {
                ids.add(json.readTree(event.value()).get("id").asText());
            }
            long emitted = 0;
            for (String nlp : stack.nlpNames()) {
                emitted += (long) Metrics.sum(Metrics.scrape(stack.url(nlp)), "entente_nlp_events_emitted_total");
            }
            assertThat(events).as("events found").isNotEmpty();
            assertThat(ids).as("no event on the topic twice").hasSize(events.size());
            assertThat(events).as("every event the processes counted is on the topic").hasSize((int) emitted);
            assertThat(db.eventsApplied()).as("relations-service applied each once").isEqualTo(ids.size());
            assertThat(KafkaProbe.records(stack.bootstrapServers(), Topics.ARTICLES_DLQ)).as("no dead letters").isEmpty();
        }
    }

    private static KafkaProbe startAndProbe(DrillStack stack) throws Exception {
        stack.start();
        return new KafkaProbe(stack.bootstrapServers());
    }

    /** The group once it is stable with {@code n} members (both processes have joined). */
    private static Map<String, Set<TopicPartition>> awaitMembers(KafkaProbe kafka, int n) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        Map<String, Set<TopicPartition>> members = kafka.members("nlp-service");
        while (members.size() != n || members.values().stream().anyMatch(Set::isEmpty)) {
            assertThat(System.nanoTime()).as("group nlp-service stable with " + n + " members: " + members)
                    .isLessThan(deadline);
            Thread.sleep(500);
            members = kafka.members("nlp-service");
        }
        return members;
    }

    /** Articles each process counted processed or skipped. */
    private static Map<String, Long> perProcess(DrillStack stack) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String nlp : stack.nlpNames()) {
            String metrics = Metrics.scrape(stack.url(nlp));
            counts.put(nlp, (long) (Metrics.sum(metrics, "entente_nlp_articles_processed_total")
                    + Metrics.sum(metrics, "entente_nlp_articles_skipped_total")));
        }
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
