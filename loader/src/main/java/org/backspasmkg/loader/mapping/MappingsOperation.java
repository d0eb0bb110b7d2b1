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

    /** Concepts of one type that have at least one code of one vocabulary. */
    public record Coverage(String vocabulary, String type, int mapped, int total) {
    }

    /**
     * The outcome of a run.
     *
     * @param lexiconChecked false when concepts.tsv was missing
     * @param rowsPerVocabulary number of code rows (not NoTermFound) per object prefix
     */
    public record Report(MappingSet set, List<MappingProblem> problems, boolean lexiconChecked,
            Map<String, Integer> rowsPerVocabulary, List<Coverage> coverage) {
        public Report {
            problems = List.copyOf(problems);
            rowsPerVocabulary = Map.copyOf(rowsPerVocabulary);
            coverage = List.copyOf(coverage);
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
        return new Report(set, problems, concepts.isPresent(), rowsPerVocabulary(set),
                coverage(set, patterns, concepts));
    }

    private static Map<String, Integer> rowsPerVocabulary(MappingSet set) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mapping m : set.mappings()) {
            if (!m.isNoTermFound()) counts.merge(m.objectPrefix(), 1, Integer::sum);
        }
        return counts;
    }

    /** One entry per vocabulary of the patterns file and concept type; subjects outside the lexicon count as "?". */
    private static List<Coverage> coverage(MappingSet set, IdPatterns patterns, Optional<ConceptTypes> concepts) {
        Map<String, String> typeById = new LinkedHashMap<>();
        concepts.ifPresent(c -> typeById.putAll(c.typeById()));
        Set<String> mappedPairs = new HashSet<>(); // "vocabulary concept-id"
        for (Mapping m : set.mappings()) {
            String id = MappingSet.localOf(m.subjectId());
            typeById.putIfAbsent(id, "?");
            if (!m.isNoTermFound()) mappedPairs.add(m.objectPrefix() + " " + id);
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        typeById.values().forEach(t -> totals.merge(t, 1, Integer::sum));
        Set<String> vocabularies = new LinkedHashSet<>(patterns.patterns().keySet());
        List<Coverage> out = new ArrayList<>();
        for (String vocabulary : vocabularies) {
            for (Map.Entry<String, Integer> type : totals.entrySet()) {
                int mapped = 0;
                for (Map.Entry<String, String> c : typeById.entrySet()) {
                    if (c.getValue().equals(type.getKey()) && mappedPairs.contains(vocabulary + " " + c.getKey())) {
                        mapped++;
                    }
                }
                out.add(new Coverage(vocabulary, type.getKey(), mapped, type.getValue()));
            }
        }
        return out;
    }
}
