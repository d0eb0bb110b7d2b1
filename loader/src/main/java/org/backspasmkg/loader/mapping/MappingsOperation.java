package org.backspasmkg.loader.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a mapping set, checks it against the id patterns and the lexicon, and counts coverage per vocabulary and
 * concept type. Plain class with no CLI types, so tests and the {@code kg mappings} command share it.
 */
public final class MappingsOperation {
    /** Default locations, relative to the project root. */
    public static final String DEFAULT_MAPPINGS = "ontology/mappings/backspasm.sssom.tsv";
    public static final String DEFAULT_ID_PATTERNS = "ontology/mappings/id-patterns.tsv";
    public static final String DEFAULT_CONCEPTS = "data/lexicon/concepts.tsv";

    /** What to read. The concepts file may be missing; then the lexicon rule is skipped and types are unknown. */
    public record Inputs(Path root, Path mappings, Path idPatterns, Path concepts) {
        public Inputs {
            Objects.requireNonNull(root, "root");
            Objects.requireNonNull(mappings, "mappings");
            Objects.requireNonNull(idPatterns, "idPatterns");
            Objects.requireNonNull(concepts, "concepts");
        }

        public static Inputs defaults(Path root) {
            return new Inputs(root, root.resolve(DEFAULT_MAPPINGS), root.resolve(DEFAULT_ID_PATTERNS),
                    root.resolve(DEFAULT_CONCEPTS));
        }

        public Inputs withMappings(Path file) {
            return new Inputs(root, file, idPatterns, concepts);
        }

        String display(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            Path r = root.toAbsolutePath().normalize();
            return abs.startsWith(r) ? r.relativize(abs).toString() : p.toString();
        }
    }

    /**
     * Concepts of one type that have at least one code of one vocabulary.
     *
     * @param noTerm concepts without a code but with a {@code sssom:NoTermFound} row for the vocabulary (checked, none)
     * @param inScope false when the vocabulary has no terms for this type at all (the id patterns file's scope)
     */
    public record Coverage(String vocabulary, String type, int mapped, int noTerm, int total, boolean inScope) {
    }

    /** An in-scope concept with neither a code nor a NoTermFound row for a vocabulary: a curator's to-do. */
    public record Gap(String vocabulary, String type, String conceptId) {
    }

    /**
     * The outcome of a run.
     *
     * @param lexiconChecked false when concepts.tsv was missing
     * @param rowsPerVocabulary number of code rows (not NoTermFound) per object prefix
     */
    public record Report(MappingSet set, List<MappingProblem> problems, boolean lexiconChecked,
            Map<String, Integer> rowsPerVocabulary, List<Coverage> coverage, List<Gap> gaps) {
        public Report {
            problems = List.copyOf(problems);
            rowsPerVocabulary = Map.copyOf(rowsPerVocabulary);
            coverage = List.copyOf(coverage);
            gaps = List.copyOf(gaps);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Runs the checks and the counts; input that cannot be read at all throws a LoaderException. */
    public Report run(Inputs in) {
        MappingSet set = SssomReader.read(in.mappings(), in.display(in.mappings()));
        IdPatterns patterns = IdPatterns.read(in.idPatterns(), in.display(in.idPatterns()));
        Optional<ConceptTypes> concepts = Files.isRegularFile(in.concepts())
                ? Optional.of(ConceptTypes.read(in.concepts(), in.display(in.concepts())))
                : Optional.empty();
        List<MappingProblem> problems = new MappingCheck(patterns, concepts).check(set);
        Tally tally = new Tally(set, patterns, concepts);
        return new Report(set, problems, concepts.isPresent(), rowsPerVocabulary(set),
                tally.coverage(patterns), tally.gaps(patterns));
    }

    private static Map<String, Integer> rowsPerVocabulary(MappingSet set) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mapping m : set.mappings()) {
            if (!m.isNoTermFound()) counts.merge(m.objectPrefix(), 1, Integer::sum);
        }
        return counts;
    }

    /** Which concept has a code, or a NoTermFound row, in which vocabulary. */
    private static final class Tally {
        private final Map<String, String> typeById = new LinkedHashMap<>();
        private final Set<String> mapped = new HashSet<>(); // "vocabulary concept-id"
        private final Set<String> noTerm = new HashSet<>();

        Tally(MappingSet set, IdPatterns patterns, Optional<ConceptTypes> concepts) {
            concepts.ifPresent(c -> typeById.putAll(c.typeById()));
            for (Mapping m : set.mappings()) {
                String id = MappingSet.localOf(m.subjectId());
                typeById.putIfAbsent(id, "?"); // subjects outside the lexicon count as type "?"
                if (m.isNoTermFound()) {
                    noTerm.add(patterns.vocabularyOf(m.objectSource()) + " " + id);
                } else {
                    mapped.add(m.objectPrefix() + " " + id);
                }
            }
        }

        /** One entry per vocabulary of the patterns file and concept type. */
        List<Coverage> coverage(IdPatterns patterns) {
            Map<String, Integer> totals = new LinkedHashMap<>();
            typeById.values().forEach(t -> totals.merge(t, 1, Integer::sum));
            List<Coverage> out = new ArrayList<>();
            for (String vocabulary : patterns.patterns().keySet()) {
                for (Map.Entry<String, Integer> type : totals.entrySet()) {
                    int withCode = 0;
                    int checkedNone = 0;
                    for (Map.Entry<String, String> c : typeById.entrySet()) {
                        if (!c.getValue().equals(type.getKey())) continue;
                        String key = vocabulary + " " + c.getKey();
                        if (mapped.contains(key)) {
                            withCode++;
                        } else if (noTerm.contains(key)) {
                            checkedNone++;
                        }
                    }
                    out.add(new Coverage(vocabulary, type.getKey(), withCode, checkedNone, type.getValue(),
                            patterns.covers(vocabulary, type.getKey())));
                }
            }
            return out;
        }

        List<Gap> gaps(IdPatterns patterns) {
            List<Gap> out = new ArrayList<>();
            for (String vocabulary : patterns.patterns().keySet()) {
                typeById.forEach((id, type) -> {
                    String key = vocabulary + " " + id;
                    if (patterns.covers(vocabulary, type) && !mapped.contains(key) && !noTerm.contains(key)) {
                        out.add(new Gap(vocabulary, type, id));
                    }
                });
            }
            return out;
        }
    }
}
