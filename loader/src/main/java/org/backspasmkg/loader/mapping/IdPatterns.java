package org.backspasmkg.loader.mapping;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.lexicon.TsvTable;

/**
 * The well-formedness rule for each vocabulary's ids, read from a data file (columns {@code prefix}, {@code pattern},
 * {@code vocabulary}, and optionally {@code scope}) so that adding a vocabulary needs no code change.
 *
 * @param patterns prefix to a regular expression the whole local part must match
 * @param names prefix to the vocabulary's human name, for reports
 * @param scopes prefix to the concept types the vocabulary has terms for (ICD-10-CM and the HPO name no
 *     treatments); a prefix without an entry covers every type
 */
public record IdPatterns(Map<String, Pattern> patterns, Map<String, String> names, Map<String, Set<String>> scopes) {
    /** Written in the scope column for "every concept type". */
    public static final String ALL_TYPES = "*";

    public IdPatterns {
        patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        scopes.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        scopes = Collections.unmodifiableMap(copy);
    }

    public IdPatterns(Map<String, Pattern> patterns, Map<String, String> names) {
        this(patterns, names, Map.of());
    }

    /** Reads the patterns file; a bad regular expression is a {@link LoaderException} at its line. */
    public static IdPatterns read(Path file, String display) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> scopes = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.read(file, display, "prefix", "pattern", "vocabulary").rows()) {
            String prefix = row.required("prefix");
            try {
                patterns.put(prefix, Pattern.compile(row.required("pattern")));
            } catch (PatternSyntaxException e) {
                throw new LoaderException(row.location(), "bad regular expression for " + prefix + ": "
                        + e.getDescription());
            }
            names.put(prefix, row.required("vocabulary"));
            String scope = row.get("scope");
            if (!scope.isEmpty() && !scope.equals(ALL_TYPES)) {
                Set<String> types = new LinkedHashSet<>();
                for (String t : scope.split("\\|")) {
                    if (!t.isBlank()) types.add(t.strip());
                }
                scopes.put(prefix, types);
            }
        }
        return new IdPatterns(patterns, names, scopes);
    }

    /**
     * The prefix of the vocabulary an {@code object_source} names ({@code bioregistry:icd10cm} is ICD10CM), matched
     * without case since the Bioregistry writes prefixes in lower case; the source's local part when none matches.
     */
    public String vocabularyOf(String objectSource) {
        String local = MappingSet.localOf(objectSource);
        for (String prefix : patterns.keySet()) {
            if (prefix.equalsIgnoreCase(local)) return prefix;
        }
        return local;
    }

    /** True when the vocabulary is meant to have terms for concepts of this type. */
    public boolean covers(String prefix, String type) {
        Set<String> scope = scopes.get(prefix);
        return scope == null || scope.contains(type);
    }

    /** The pattern for a prefix, if the file has one. */
    public Optional<Pattern> patternFor(String prefix) {
        return Optional.ofNullable(patterns.get(prefix));
    }
}
