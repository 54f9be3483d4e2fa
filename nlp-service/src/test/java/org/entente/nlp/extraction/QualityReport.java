package org.entente.nlp.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes the scores as Markdown to target/eval.md. */
final class QualityReport {

    private QualityReport() {
    }

    static String render(List<QualityScore> scores, List<String> notes) {
        return render(scores, scores, notes);
    }

    /** The summary of every corpus, then per-type tables for {@code perTypeScores}. */
    static String render(List<QualityScore> scores, List<QualityScore> perTypeScores, List<String> notes) {
        StringBuilder md = new StringBuilder("# Extraction quality\n\n");
        md.append("Written by `ExtractionQualityTest` (`./mvnw -o -pl nlp-service test -Dtest=ExtractionQualityTest`).\n");
        md.append("Typed pair = sentence + PLOVER type + unordered nation pair; untyped pair = sentence + unordered pair;\n");
        md.append("nation mentions = sentence + ISO code.\n\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        md.append(
                "\n## Summary\n\n| corpus | sentences | typed-pair P | R | F1 | untyped-pair P | R | F1 | nation P | R | F1 | modality acc. | AGREE subtype acc. |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (QualityScore s : scores) {
            md.append("| ").append(s.name).append(" | ").append(s.sentences).append(" | ")
                    .append(prf(s.typedPair)).append(" | ").append(prf(s.untypedPair)).append(" | ")
                    .append(s.nations.truePositives() + s.nations.falseNegatives() == 0 ? "- | - | -" : prf(s.nations))
                    .append(" | ").append(ratio(s.modalityCorrect, s.modalityLabeled))
                    .append(" | ").append(ratio(s.subtypeCorrect, s.subtypeLabeled)).append(" |\n");
        }
        for (QualityScore s : perTypeScores) {
            md.append("\n## Per type: ").append(s.name)
                    .append("\n\n| type | TP | FP | FN | P | R | F1 |\n|---|---|---|---|---|---|---|\n");
            s.perType.forEach((type, c) -> {
                if (c.truePositives() + c.falsePositives() + c.falseNegatives() > 0) {
                    md.append("| ").append(type).append(" | ").append(c.truePositives()).append(" | ")
                            .append(c.falsePositives()).append(" | ").append(c.falseNegatives()).append(" | ")
                            .append(prf(c)).append(" |\n");
                }
            });
        }
        return md.toString();
    }

    /** Typed-pair scores per kind of sentence, the corpora side by side. */
    static String renderKinds(List<QualityScore> scores) {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        scores.forEach(s -> kinds.addAll(s.perKind.keySet()));
        StringBuilder md = new StringBuilder("\n## Typed pairs per kind of sentence\n\n| kind |");
        scores.forEach(s -> md.append(' ').append(s.name).append(": P | R | F1 |"));
        md.append("\n|---|").append("---|---|---|".repeat(scores.size())).append('\n');
        for (String kind : kinds) {
            md.append("| ").append(kind).append(" |");
            for (QualityScore s : scores) {
                Counts c = s.perKind.get(kind);
                md.append(c == null ? " - | - | - |" : " " + prf(c) + " |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    static String renderMisses(QualityScore score) {
        StringBuilder md = new StringBuilder("\n## Differences: ").append(score.name).append("\n\n");
        score.misses.forEach(m -> md.append("- ").append(m.replace("|", "\\|")).append('\n'));
        return md.toString();
    }

    /** The type confusions of an open set (never of the sealed half, whose differences are not kept), most frequent first. */
    static String renderConfusions(QualityScore score) {
        StringBuilder md = new StringBuilder("\n## Type confusions: ").append(score.name)
                .append("\n\nPairs found with another type than expected (expected -> found: count).\n\n");
        score.confusions.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer> comparingByValue().reversed())
                .forEach(e -> md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        md.append(
                "\nAGREE subtypes of AGREE events found with the expected pair (expected -> found: count; null is no subtype).\n\n");
        score.subtypeConfusions.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer> comparingByValue().reversed())
                .forEach(e -> md.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n'));
        return md.toString();
    }

    static void write(Path file, String markdown) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static String prf(Counts c) {
        return f(c.precision()) + " | " + f(c.recall()) + " | " + f(c.f1());
    }

    private static String ratio(int correct, int total) {
        return total == 0 ? "-" : f((double) correct / total) + " (" + correct + "/" + total + ")";
    }

    static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
