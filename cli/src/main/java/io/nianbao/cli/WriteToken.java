package io.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The write token of a local installation: given (--token or NIANBAO_TOKEN), else the one generated on the first
 * start and kept in the data folder, so that clients configured once keep working across restarts.
 */
final class WriteToken {
    private WriteToken() {}

    static String resolve(String given, Path dataDir) throws IOException {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        Path file = dataDir.resolve("token");
        if (Files.exists(file)) {
            String kept = Files.readString(file).strip();
            if (!kept.isEmpty()) {
                return kept;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(dataDir);
        Files.writeString(file, token + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions apply
        }
        return token;
    }
}
