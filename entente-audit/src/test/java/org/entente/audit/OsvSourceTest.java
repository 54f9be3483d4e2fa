package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsvSourceTest {

    static final String MAVEN = """
            {"id":"GHSA-test-0001","aliases":["CVE-2099-0001"],"summary":"test advisory",
             "affected":[{"package":{"ecosystem":"Maven","name":"org.example:lib"},
                          "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.2.0"}]}],
                          "versions":["1.1.9"]}],
             "database_specific":{"severity":"HIGH"}}""";
    static final String NPM = """
            {"id":"GHSA-test-0002","affected":[{"package":{"ecosystem":"npm","name":"left-pad"}}]}""";
    static final String WITHDRAWN = """
            {"id":"GHSA-test-0003","withdrawn":"2024-01-01T00:00:00Z",
             "affected":[{"package":{"ecosystem":"Maven","name":"org.example:lib"}}]}""";

    @TempDir
    Path dir;

    @Test
    void aZipExportKeepsMavenRecordsOnly() throws IOException {
        Path zip = dir.resolve("all.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "GHSA-test-0001.json", MAVEN);
            entry(out, "GHSA-test-0002.json", NPM);
            entry(out, "GHSA-test-0003.json", WITHDRAWN);
        }
        List<Advisory> advisories = OsvSource.load(zip.toString());
        assertThat(advisories).extracting(Advisory::id).containsExactly("GHSA-test-0001");
        Advisory a = advisories.get(0);
        assertThat(a.severity()).isEqualTo("HIGH");
        assertThat(a.isKnownAs("CVE-2099-0001")).isTrue();
        assertThat(a.affects(new Dependency("org.example", "lib", "1.1.0"))).isTrue();
        assertThat(a.affects(new Dependency("org.example", "lib", "1.2.0"))).isFalse();
        assertThat(a.affects(new Dependency("org.example", "other", "1.1.0"))).isFalse();
    }

    @Test
    void aDirectoryOfRecords() throws IOException {
        Files.writeString(dir.resolve("a.json"), MAVEN);
        Files.writeString(dir.resolve("b.json"), NPM);
        assertThat(OsvSource.load(dir.toString())).hasSize(1);
    }

    @Test
    void aBrokenRecordIsNamed() throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{not json");
        assertThatThrownBy(() -> OsvSource.load(dir.toString())).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.json");
    }

    @Test
    void theBundledSnapshotLoadsEveryListedRecord() throws IOException {
        List<Advisory> bundled = OsvSource.load(OsvSource.BUNDLED);
        assertThat(bundled).hasSizeGreaterThanOrEqualTo(15);
        assertThat(bundled).allSatisfy(a -> assertThat(a.affected()).isNotEmpty());
    }

    @Test
    void anUnknownSourceSaysWhatItWants() {
        assertThatThrownBy(() -> OsvSource.load(dir.resolve("nothing-here").toString()))
                .isInstanceOf(IOException.class).hasMessageContaining("bundled");
    }

    private static void entry(ZipOutputStream out, String name, String json) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream o = out;
        o.write(json.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
