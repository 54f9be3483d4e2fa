package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DependencyListFileTest {

    @Test
    void readsPlainColouredAndClassifiedLines() {
        List<Dependency> deps = DependencyListFile.parse(List.of(
                "",
                "The following files have been resolved:",
                "   org.postgresql:postgresql:jar:42.7.8:compile -- module org.postgresql.jdbc [auto]",
                "   commons-beanutils:commons-beanutils:jar:1.9.4:provided\u001B[36m -- module commons.beanutils\u001B[0;1;33m (auto)\u001B[m",
                "   edu.stanford.nlp:stanford-corenlp:jar:models:4.5.10:provided",
                "   org.postgresql:postgresql:jar:42.7.8:compile"));
        assertThat(deps).containsExactly(
                new Dependency("org.postgresql", "postgresql", "42.7.8"),
                new Dependency("commons-beanutils", "commons-beanutils", "1.9.4"),
                new Dependency("edu.stanford.nlp", "stanford-corenlp", "4.5.10"));
    }
}
