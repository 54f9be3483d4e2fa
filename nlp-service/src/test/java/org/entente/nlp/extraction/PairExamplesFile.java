package org.entente.nlp.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The learned pass's training pairs kept in a file between runs, so a change to the selection alone is tried in
 * seconds instead of running the rules over every coded sentence again. Only for trying: the file knows nothing of
 * the rules that made it.
 */
final class PairExamplesFile {

    private static final String LIST = "\u0001";

    private PairExamplesFile() {
    }

    static List<PairExamples.Coded> readOrCollect(Path file, List<LabeledSentence> sentences) {
        try {
            if (Files.exists(file)) {
                List<PairExamples.Coded> data = new ArrayList<>();
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split("\t", -1);
                    data.add(new PairExamples.Coded(Integer.parseInt(f[0]), f[1], f[2],
                            new PairModelTrainer.Example(List.of(f[6].split(LIST)), types(f[3])), types(f[4]),
                            types(f[5])));
                }
                return data;
            }
            List<PairExamples.Coded> data = PairExamples.collect(sentences);
            List<String> lines = new ArrayList<>();
            for (PairExamples.Coded c : data) {
                lines.add(c.sentence() + "\t" + c.writer() + "\t" + c.pair() + "\t" + names(c.example().positives()) + "\t"
                        + names(c.ruled()) + "\t" + names(c.gold()) + "\t" + String.join(LIST, c.example().features()));
            }
            Files.write(file, lines);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String names(Set<PloverType> types) {
        return String.join(",", types.stream().map(Enum::name).toList());
    }

    private static Set<PloverType> types(String names) {
        Set<PloverType> types = EnumSet.noneOf(PloverType.class);
        Arrays.stream(names.split(",")).filter(n -> !n.isEmpty()).forEach(n -> types.add(PloverType.valueOf(n)));
        return types;
    }
}
