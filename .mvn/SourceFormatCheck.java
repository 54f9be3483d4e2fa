import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The build's format check (parent pom.xml, validate phase; run by hand with
 * {@code java .mvn/SourceFormatCheck.java .}): every Java, JavaScript, properties, XML, YAML and shell
 * file of the repository uses spaces, not tabs, has no trailing whitespace and no CR line ends, ends
 * with a newline, and no Java file imports with a wildcard. Java layout, line length and import order
 * are checked by the formatter and impsort plugins of the parent POM. Single-file source, run by the
 * JDK without compiling.
 */
public class SourceFormatCheck {

    private static final Set<String> CHECKED = Set.of("java", "js", "properties", "xml", "yaml", "yml", "sh");
    private static final Set<String> SKIPPED_DIRS = Set.of("target", "node_modules", ".git", ".entente", ".idea");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        int files;
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> checked = walk.filter(p -> !skipped(root, p)).filter(Files::isRegularFile)
                    .filter(SourceFormatCheck::isChecked).sorted().toList();
            files = checked.size();
            for (Path file : checked) {
                check(root, file, problems);
            }
        }
        if (!problems.isEmpty()) {
            problems.stream().limit(200).forEach(System.err::println);
            System.err.println(problems.size() + " format problems in " + files + " files (first 200 above); "
                    + "fix them, or run `java .mvn/SourceFormatCheck.java .` to list them again");
            System.exit(1);
        }
        System.out.println("format check: " + files + " files, no tabs, trailing whitespace, CR or wildcard imports");
    }

    private static boolean skipped(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (SKIPPED_DIRS.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isChecked(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && CHECKED.contains(name.substring(dot + 1));
    }

    private static void check(Path root, Path file, List<String> problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            problems.add(root.relativize(file) + ": not UTF-8");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String where = root.relativize(file).toString();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            problems.add(where + ": no newline at the end");
        }
        String[] lines = text.split("\n", -1);
        boolean java = where.endsWith(".java");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int n = i + 1;
            if (line.endsWith("\r")) {
                problems.add(where + ":" + n + ": CR line end");
                line = line.substring(0, line.length() - 1);
            }
            if (line.indexOf('\t') >= 0) {
                problems.add(where + ":" + n + ": tab");
            }
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                problems.add(where + ":" + n + ": trailing whitespace");
            }
            if (java && line.startsWith("import ") && line.endsWith(".*;")) {
                problems.add(where + ":" + n + ": wildcard import");
            }
        }
    }
}
