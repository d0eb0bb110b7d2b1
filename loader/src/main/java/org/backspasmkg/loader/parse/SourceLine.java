package org.backspasmkg.loader.parse;

import java.util.Objects;

/** One line of a page with its 1-based line number, line ending removed. */
public record SourceLine(String text, int line) {
    public SourceLine {
        Objects.requireNonNull(text, "text");
    }
}
