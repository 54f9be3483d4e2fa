package org.entente.nlp.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class PairModelFileTest {

    @Test
    void aFeaturesWeightsForEveryTypeOnOneLineAreReadAsWeightLinesWere() throws IOException {
        String columns = "threshold\tAGREE\t0.9\nfloor\tFIGHT\t0.5\ntypes\tAGREE\tFIGHT\n"
                + "w\tbias\t-2.5\t-1.0\nw\thitA:AGREE:nsubj\t1.25\t0\nw\trule:FIGHT\t0\t0.75\n";
        String lines = "threshold\tAGREE\t0.9\nfloor\tFIGHT\t0.5\nweight\tAGREE\tbias\t-2.5\nweight\tFIGHT\tbias\t-1.0\n"
                + "weight\tAGREE\thitA:AGREE:nsubj\t1.25\nweight\tFIGHT\trule:FIGHT\t0.75\n";

        PairModel read = PairModel.parse(new BufferedReader(new StringReader(columns)));
        PairModel expected = PairModel.parse(new BufferedReader(new StringReader(lines)));

        assertThat(read.weights()).isEqualTo(expected.weights());
        assertThat(read.thresholds()).isEqualTo(expected.thresholds());
        assertThat(read.floors()).isEqualTo(expected.floors());
        assertThat(read.weights().get(PloverType.AGREE)).doesNotContainKey("rule:FIGHT");
        assertThat(read.probability(PloverType.AGREE, List.of("bias", "hitA:AGREE:nsubj"))).isEqualTo(
                expected.probability(PloverType.AGREE, List.of("bias", "hitA:AGREE:nsubj")));
    }
}
