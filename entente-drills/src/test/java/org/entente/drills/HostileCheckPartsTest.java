package org.entente.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The hostile drill's plain parts: how it reads CSV as a spreadsheet would, and sums Prometheus samples. */
class HostileCheckPartsTest {

    @Test
    void csvCellsAreReadAsASpreadsheetReadsThem() {
        List<List<String>> rows = Csv.parse("id,title\r\n1,\"'=HYPERLINK(\"\"x\"\")\"\n2,\"a,b\nc\"\n3,=1+1\n");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("1", "'=HYPERLINK(\"x\")");
        assertThat(rows.get(2)).containsExactly("2", "a,b\nc");
        assertThat(rows.get(3)).containsExactly("3", "=1+1");
    }

    @Test
    void metricsAreSummedOverTheMatchingSamples() {
        String exposition = """
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.048576E7
                jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 2097152.0
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
                jvm_memory_used_bytes_other{area="heap"} 5.0
                entente_ingest_articles_dates_replaced_total{feed="a"} 1.0
                entente_ingest_articles_dates_replaced_total{feed="b"} 1.0
                """;
        assertThat(Metrics.sum(exposition, "jvm_memory_used_bytes", "area=\"heap\"")).isEqualTo(12_582_912.0);
        assertThat(Metrics.sum(exposition, "entente_ingest_articles_dates_replaced_total")).isEqualTo(2.0);
        assertThat(Metrics.sum(exposition, "missing_total")).isZero();
    }

    @Test
    void aRepeatedTextStaysUnderItsLength() {
        String text = HostileInputs.repeated("France condemned Germany.", 100_000);
        assertThat(text.length()).isBetween(99_900, 100_000);
        assertThat(HostileInputs.nested(5_000)).contains("<x>".repeat(5_000));
    }
}
