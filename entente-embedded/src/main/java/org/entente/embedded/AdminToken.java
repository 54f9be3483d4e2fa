package org.entente.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The admin bearer token the local stack hands to ingest-service and relations-service
 * ({@code ENTENTE_ADMIN_TOKEN}). Taken from the environment, else from {@code .entente/admin-token},
 * else generated once and kept there (mode 0600), so a restart keeps the same token.
 * {@link #toString()} never shows the value: a token must not reach a log line by accident.
 */
public final class AdminToken {

    /** Environment variable the services read ({@code entente.admin.token}). */
    public static final String VARIABLE = "ENTENTE_ADMIN_TOKEN";
    static final String FILE_NAME = "admin-token";
    private static final int RANDOM_BYTES = 32;

    /** Where the token came from; only a {@link #GENERATED} one is ever printed. */
    public enum Source {
        ENVIRONMENT,
        FILE,
        GENERATED
    }

    private final String value;
    private final Source source;
    private final Path file;

    private AdminToken(String value, Source source, Path file) {
        this.value = value;
        this.source = source;
        this.file = file;
    }

    /**
     * @param fromEnvironment the value of {@value #VARIABLE}, or null/blank when unset
     * @param stateDir the launcher's {@code .entente} directory
     */
    public static AdminToken resolve(String fromEnvironment, Path stateDir) throws IOException {
        Path file = stateDir.resolve(FILE_NAME);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new AdminToken(fromEnvironment.trim(), Source.ENVIRONMENT, file);
        }
        if (Files.isRegularFile(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (!stored.isEmpty()) {
                return new AdminToken(stored, Source.FILE, file);
            }
        }
        return new AdminToken(generateInto(file), Source.GENERATED, file);
    }

    private static String generateInto(Path file) throws IOException {
        byte[] bytes = new byte[RANDOM_BYTES];
        new SecureRandom().nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(partial);
        // Created with 0600 from the start, so the token is never readable by others, not even briefly.
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(partial);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("could not create " + partial + " for the admin token", e);
        }
        Files.writeString(partial, token + "\n", StandardCharsets.UTF_8);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return token;
    }

    public String value() {
        return value;
    }

    public Source source() {
        return source;
    }

    /** {@code .entente/admin-token} (exists unless the token came from the environment and none was stored). */
    public Path file() {
        return file;
    }

    /** Where the token is, for the console; shows the token itself only when it was just generated. */
    public String describe(Path home, String ingestUrl) {
        String where = source == Source.ENVIRONMENT ? "from " + VARIABLE : "in " + home.relativize(file.toAbsolutePath());
        if (source != Source.GENERATED) {
            return "  Admin token    " + where + " (send Authorization: Bearer <token> to feeds, articles, alert rules, admin)";
        }
        return "  Admin token    generated and stored " + where + " (mode 0600); shown this once:\n"
                + "                 " + value + "\n"
                + "                 e.g. curl -H \"Authorization: Bearer $(cat .entente/admin-token)\" " + ingestUrl
                + "/api/v1/feeds\n"
                + "                 Set " + VARIABLE + " to use your own.";
    }

    @Override
    public String toString() {
        return "AdminToken[" + source + ", value hidden]";
    }
}
