package org.entente.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code AuditCommand --osv bundled|DIR|ZIP --accepted FILE --report FILE DEPENDENCY_LIST...}: exits 1 when a
 * dependency is affected by an advisory that is not accepted, 2 on a usage or input error.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    public static void main(String[] args) {
        try {
            DependencyAudit.Result result = run(args);
            System.out.println(AuditReport.summaryLine(result));
            System.exit(result.clean() ? 0 : 1);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("audit: " + e.getMessage());
            System.exit(2);
        }
    }

    static DependencyAudit.Result run(String[] args) throws IOException {
        String osv = OsvSource.BUNDLED;
        Path accepted = Path.of("entente-audit/accepted-risks.tsv");
        Path report = null;
        List<Path> lists = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--osv" -> osv = value(args, ++i);
                case "--accepted" -> accepted = Path.of(value(args, ++i));
                case "--report" -> report = Path.of(value(args, ++i));
                default -> lists.add(Path.of(args[i]));
            }
        }
        if (lists.isEmpty()) {
            throw new IllegalArgumentException("give at least one dependency list (mvn dependency:list -DoutputFile=...)");
        }
        List<Dependency> deps = new ArrayList<>();
        for (Path list : lists) {
            DependencyListFile.read(list).stream().filter(d -> !deps.contains(d)).forEach(deps::add);
        }
        DependencyAudit.Result result = DependencyAudit.run(deps, OsvSource.load(osv), AcceptedRisk.read(accepted),
                LocalDate.now());
        if (report != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, AuditReport.markdown(result, osv), StandardCharsets.UTF_8);
        }
        return result;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
