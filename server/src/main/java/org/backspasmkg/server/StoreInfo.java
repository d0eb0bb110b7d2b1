package org.backspasmkg.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/** What a finished store holds; saved as {@code store.properties}, the last file a build writes. */
public record StoreInfo(Path dir, InputHash inputHash, long triples, long textEntries, Instant builtAt) {
    static final String MANIFEST = "store.properties";

    void write() {
        Properties p = new Properties();
        p.setProperty("inputHash", inputHash.hex());
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("textEntries", Long.toString(textEntries));
        p.setProperty("builtAt", builtAt.toString());
        try (Writer w = Files.newBufferedWriter(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            p.store(w, "backspasm-kg store");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + dir, e);
        }
    }

    /** The manifest of a store directory, empty when the build never finished or the file is damaged. */
    static Optional<StoreInfo> read(Path dir) {
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new StoreInfo(dir, new InputHash(p.getProperty("inputHash")),
                    Long.parseLong(p.getProperty("triples")), Long.parseLong(p.getProperty("textEntries")),
                    Instant.parse(p.getProperty("builtAt"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
