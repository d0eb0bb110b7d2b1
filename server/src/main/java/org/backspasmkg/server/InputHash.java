package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over the inputs of a store (names and contents) and the loader code that reads them, used to
 * decide whether to rebuild.
 */
public record InputHash(String hex) {
    /** Bump when the store layout or text index settings change, so old stores are rebuilt. */
    static final String STORE_FORMAT = "backspasm-store/1";

    public InputHash {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256 hex: " + hex);
    }

    public static InputHash of(ProjectInputs inputs) {
        MessageDigest sha = sha256();
        update(sha, STORE_FORMAT);
        for (String line : LoaderFingerprint.lines()) update(sha, line);
        for (Path file : inputs.hashedFiles()) {
            // Name and length frame each file, so moving bytes between files changes the hash.
            byte[] content = read(file);
            update(sha, inputs.relative(file));
            update(sha, Long.toString(content.length));
            sha.update(content);
        }
        return new InputHash(HexFormat.of().formatHex(sha.digest()));
    }

    /** A short prefix for directory names and logs. */
    public String shortHex() {
        return hex.substring(0, 16);
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
