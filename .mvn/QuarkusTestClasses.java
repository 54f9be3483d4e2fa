import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one place that decides what the fast local loop ({@code ./mvnw -o -Punit test}, README) leaves out:
 * writes the compiled test classes that boot Quarkus ({@code @QuarkusTest}, {@code @QuarkusIntegrationTest},
 * {@code @QuarkusMainTest}) as a surefire excludes file. Leaving them out of discovery, not only disabling
 * them, is what saves the time: Quarkus' JUnit support prepares an application for each such class as soon as
 * JUnit loads it. Reads class files, not sources, so the annotation's spelling in the source does not matter;
 * a class's annotation types sit in its constant pool as these descriptors. Nested classes are excluded by the
 * profile's own pattern. A single-file Java program run by the JDK, like SourceFormatCheck.
 *
 * <p>Usage: {@code java .mvn/QuarkusTestClasses.java TEST_CLASSES_DIR EXCLUDES_FILE}
 */
public class QuarkusTestClasses {

    private static final List<String> BOOTS_QUARKUS = List.of(
            "Lio/quarkus/test/junit/QuarkusTest;",
            "Lio/quarkus/test/junit/QuarkusIntegrationTest;",
            "Lio/quarkus/test/junit/QuarkusMainTest;");

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path excludes = Path.of(args[1]);
        List<String> found = List.of();
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.walk(classes)) {
                found = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                        .filter(QuarkusTestClasses::bootsQuarkus)
                        .map(p -> classes.relativize(p).toString().replace('\\', '/').replaceAll("\\.class$", ".java"))
                        .sorted().toList();
            }
        }
        Files.createDirectories(excludes.toAbsolutePath().getParent());
        Files.write(excludes, found);
        System.out.println("unit profile: " + found.size() + " test classes boot Quarkus, left out (" + excludes + ")");
    }

    /** ISO-8859-1 maps every byte to one char, so an ASCII descriptor is found in the decoded text exactly. */
    private static boolean bootsQuarkus(Path classFile) {
        try {
            String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return BOOTS_QUARKUS.stream().anyMatch(constants::contains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
