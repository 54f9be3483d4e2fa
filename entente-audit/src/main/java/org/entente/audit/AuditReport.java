package org.entente.audit;

import java.util.List;

/** The audit as Markdown: what was checked against what, and every finding with its way out. */
public final class AuditReport {

    private AuditReport() {
    }

    public static String markdown(DependencyAudit.Result result, String source) {
        StringBuilder md = new StringBuilder("# Dependency audit\n\n");
        md.append("- Advisories: ").append(result.advisories()).append(" Maven advisories from `").append(source).append("`\n");
        md.append("- Dependencies checked: ").append(result.dependencies().size())
                .append(" (runtime trees of ingest-service, nlp-service, relations-service and the embedded launcher)\n");
        md.append("- Open findings: ").append(result.open().size()).append("; accepted: ").append(result.accepted().size())
                .append("\n\n");
        section(md, "Open findings", result.open());
        section(md, "Accepted (see entente-audit/accepted-risks.tsv)", result.accepted());
        md.append(summaryLine(result)).append('\n');
        return md.toString();
    }

    public static String summaryLine(DependencyAudit.Result result) {
        return (result.clean() ? "AUDIT PASS" : "AUDIT FAIL") + " dependencies=" + result.dependencies().size()
                + " advisories=" + result.advisories() + " open=" + result.open().size() + " accepted="
                + result.accepted().size();
    }

    private static void section(StringBuilder md, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        md.append("## ").append(title)
                .append("\n\n| dependency | advisory | severity | fixed in | summary |\n|---|---|---|---|---|\n");
        for (Finding f : findings) {
            Advisory a = f.advisory();
            String id = a.aliases().isEmpty() ? a.id() : a.id() + " (" + String.join(", ", a.aliases()) + ")";
            md.append("| ").append(f.dependency()).append(" | ").append(id).append(" | ").append(a.severity())
                    .append(" | ").append(f.fixedIn().isEmpty() ? "no fix listed" : String.join(", ", f.fixedIn()))
                    .append(" | ").append(a.summary().replace("|", "\\|")).append(" |\n");
        }
        md.append('\n');
    }
}
