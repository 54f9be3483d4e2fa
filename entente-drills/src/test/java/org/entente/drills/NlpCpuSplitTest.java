package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NlpCpuSplitTest {

    @Test
    void tellsTheThreadsApartByTheNamesTheKernelKeeps() {
        assertThat(NlpCpuSplit.kind("executor-thread")).isEqualTo(NlpCpuSplit.WORKERS);
        assertThat(NlpCpuSplit.kind("GC Thread#1")).isEqualTo(NlpCpuSplit.GC);
        assertThat(NlpCpuSplit.kind("G1 Conc#0")).isEqualTo(NlpCpuSplit.GC);
        assertThat(NlpCpuSplit.kind("G1 Refine#0")).isEqualTo(NlpCpuSplit.GC);
        assertThat(NlpCpuSplit.kind("C2 CompilerThre")).isEqualTo(NlpCpuSplit.JIT);
        assertThat(NlpCpuSplit.kind("kafka-producer-")).isEqualTo(NlpCpuSplit.KAFKA);
        assertThat(NlpCpuSplit.kind("smallrye-kafka-")).isEqualTo(NlpCpuSplit.CONSUMERS);
        assertThat(NlpCpuSplit.kind("kafka-coordinat")).isEqualTo(NlpCpuSplit.KAFKA);
        assertThat(NlpCpuSplit.kind("vert.x-eventloo")).isEqualTo(NlpCpuSplit.VERTX);
        assertThat(NlpCpuSplit.kind("VM Thread")).isEqualTo(NlpCpuSplit.VM);
        assertThat(NlpCpuSplit.kind("main")).isEqualTo(NlpCpuSplit.OTHER);
    }

    @Test
    void countsAWorkersSampleAsExtractionWhenCoreNlpOrTheRulesAreOnItsStack() {
        var samples = NlpCpuSplit.WorkerSamples.of(List.of(
                List.of("edu.stanford.nlp.parser.nndep.ExactScores.floatScores", "java.lang.Thread.run"),
                // a parser stack cut at JFR's depth: no Entente frame left, still extraction
                List.of("java.util.HashMap.getNode", "edu.stanford.nlp.tagger.maxent.TestSentence.runExactExtractor"),
                List.of("java.util.regex.Pattern$Start.match", "org.entente.nlp.extraction.TriggerLexicon.find",
                        "org.entente.nlp.service.ExtractionService.extract"),
                List.of("com.fasterxml.jackson.core.json.WriterBasedJsonGenerator._writeString2",
                        "org.entente.nlp.messaging.EventPublisher.toJson", "org.entente.nlp.messaging.EventPublisher.send"),
                List.of("com.fasterxml.jackson.core.json.WriterBasedJsonGenerator._writeString2",
                        "org.entente.nlp.messaging.EventPublisher.toJson"),
                List.of("io.prometheus.client.exporter.common.TextFormat.writeEscapedLabelValue",
                        "io.micrometer.prometheus.PrometheusMeterRegistry.scrape")));
        assertThat(samples.inExtraction()).isEqualTo(3);
        assertThat(samples.total()).isEqualTo(6);
        assertThat(samples.outside()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "`org.entente.nlp.messaging.EventPublisher.toJson`", 2,
                "outside Entente's code: `io.prometheus.client.exporter.common`", 1));
    }

    @Test
    void splitsTheWorkersCpuByTheirSamples() {
        var samples = new NlpCpuSplit.WorkerSamples(90, Map.of("`org.entente.nlp.messaging.EventPublisher.toJson`", 10));
        List<String> lines = NlpCpuSplit.markdown(100, Map.of(NlpCpuSplit.WORKERS, 2.0, NlpCpuSplit.GC, 0.5), samples);
        assertThat(String.join("\n", lines)).contains("25.0 ms an article in all")
                .contains("| " + NlpCpuSplit.WORKERS + " | 20.00 ms | 80.0 % |")
                .contains("| " + NlpCpuSplit.GC + " | 5.00 ms | 20.0 % |")
                .contains("**18.00 ms an article extracting** and **2.00 ms an article beside it**")
                .contains("| `org.entente.nlp.messaging.EventPublisher.toJson` | 10 | 10.0 % |");
    }
}
