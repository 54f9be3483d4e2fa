package org.entente.audit;

/** One resolved artifact, as Maven's dependency list names it. */
public record Dependency(String groupId, String artifactId, String version) {

    /** The OSV package name for the Maven ecosystem: {@code groupId:artifactId}. */
    public String packageName() {
        return groupId + ":" + artifactId;
    }

    @Override
    public String toString() {
        return packageName() + ":" + version;
    }
}
