package org.backspasmkg.loader.diag;

import java.util.Objects;

/** A place in an input file; line is 1-based, 0 when the problem concerns the whole file. */
public record SourceLocation(String file, int line) {
    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation wholeFile(String file) {
        return new SourceLocation(file, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
