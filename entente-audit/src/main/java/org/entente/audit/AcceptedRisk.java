package org.entente.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A finding the team has looked at and accepted until a date, with the reason. Lines of
 * {@code accepted-risks.tsv}: advisory id (or alias), package, until (yyyy-mm-dd), reason; tab-separated.
 * An acceptance that has expired no longer hides its finding.
 */
public record AcceptedRisk(String advisory, String packageName, LocalDate until, String reason) {

    public boolean covers(Finding finding, LocalDate today) {
        return finding.advisory().isKnownAs(advisory)
                && finding.dependency().packageName().equals(packageName)
                && !today.isAfter(until);
    }

    public static List<AcceptedRisk> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<AcceptedRisk> risks = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 4 || f[3].isBlank()) {
                throw new IOException(file + ":" + lineNo + ": expected advisory<TAB>package<TAB>until<TAB>reason");
            }
            try {
                risks.add(new AcceptedRisk(f[0].trim(), f[1].trim(), LocalDate.parse(f[2].trim()), f[3].trim()));
            } catch (DateTimeParseException e) {
                throw new IOException(file + ":" + lineNo + ": 'until' must be a date like 2027-03-31", e);
            }
        }
        return risks;
    }
}
