package org.backspasmkg.loader.mapping;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.TsvTable;

/**
 * The well-formedness rule for each vocabulary's ids, read from a data file (columns {@code prefix}, {@code pattern},
 * {@code vocabulary}) so that adding a vocabulary needs no code change.
 *
 * @param patterns prefix to a regular expression the whole local part must match
 * @param names prefix to the vocabulary's human name, for reports
 */
public record IdPatterns(Map<String, Pattern> patterns, Map<String, String> names) {
    public IdPatterns {
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** Reads the patterns file; a bad regular expression is a {@link LoaderException} at its line. */
    public static IdPatterns read(Path file, String display) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(file, display, "prefix", "pattern", "vocabulary").rows()) {
            String prefix = row.required("prefix");
            try {
                patterns.put(prefix, Pattern.compile(row.required("pattern")));
            } catch (PatternSyntaxException e) {
                throw new LoaderException(row.location(), "bad regular expression for " + prefix + ": "
                        + e.getDescription());
            }
            names.put(prefix, row.required("vocabulary"));
        }
        return new IdPatterns(patterns, names);
    }

    /** The pattern for a prefix, if the file has one. */
    public Optional<Pattern> patternFor(String prefix) {
        return Optional.ofNullable(patterns.get(prefix));
    }
}
