package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.backspasmkg.loader.op.LoadOperation;

/**
 * Identifies the loader code that builds a store, so a new loader rebuilds the store even when no data
 * file changed: the names and CRCs (from a jar) or contents (from classes folders) of the loader's classes.
 */
final class LoaderFingerprint {
    private static final String PACKAGE = "org/backspasmkg/loader/";

    private LoaderFingerprint() {}

    /** Lines "name crc-or-size" for every loader class, sorted. */
    static List<String> lines() {
        Path source;
        try {
            source = Path.of(LoadOperation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            return List.of("unknown");
        }
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source.resolve(PACKAGE))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    out.add(source.relativize(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try (ZipFile zip = new ZipFile(source.toFile())) {
                for (ZipEntry e : Collections.list(zip.entries())) {
                    if (e.getName().startsWith(PACKAGE) && !e.isDirectory()) out.add(e.getName() + " " + e.getCrc());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Collections.sort(out);
        return out;
    }
}
