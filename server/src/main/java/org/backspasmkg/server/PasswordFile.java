package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The user names in a Jetty password file ({@code user: password[, role...]} per line). */
public final class PasswordFile {
    private PasswordFile() {}

    public static List<String> users(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file, e);
        }
        List<String> users = lines.stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .filter(l -> l.indexOf(':') > 0)
                .map(l -> l.substring(0, l.indexOf(':')).strip())
                .distinct()
                .toList();
        if (users.isEmpty()) throw new IllegalArgumentException("no 'user: password' line in " + file);
        return users;
    }
}
