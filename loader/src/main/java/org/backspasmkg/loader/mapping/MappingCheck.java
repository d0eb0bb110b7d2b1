package org.backspasmkg.loader.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a mapping set must follow. Each rule reports every row that breaks it, so one run lists all problems:
 * <ul>
 *   <li>every prefix used is declared in the curie_map;</li>
 *   <li>the predicate is one of the four SKOS mapping properties;</li>
 *   <li>each object id is well formed for its vocabulary (patterns from a data file);</li>
 *   <li>subjects are lexicon concepts ({@code bsc:} ids present in concepts.tsv, when it is given);</li>
 *   <li>a concept is exactMatch'ed to at most one code per vocabulary;</li>
 *   <li>no row is repeated, and a {@code sssom:NoTermFound} row names the vocabulary searched (one of the id
 *       patterns file) and does not contradict a code of that vocabulary for the same concept.</li>
 * </ul>
 */
public final class MappingCheck {
    /** The prefix of lexicon concepts in subject ids. */
    public static final String SUBJECT_PREFIX = "bsc";
    static final String EXACT_MATCH = "skos:exactMatch";
    static final Set<String> PREDICATES =
            Set.of(EXACT_MATCH, "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch");

    private final IdPatterns patterns;
    private final Optional<ConceptTypes> concepts;

    /**
     * @param concepts the lexicon, or empty to skip the "subject is in the lexicon" rule (e.g. while it is
     *     being written)
     */
    public MappingCheck(IdPatterns patterns, Optional<ConceptTypes> concepts) {
        this.patterns = patterns;
        this.concepts = concepts;
    }

    /** All problems of the set, in file order per rule. */
    public List<MappingProblem> check(MappingSet set) {
        List<MappingProblem> problems = new ArrayList<>();
        Map<String, Mapping> exactBySubjectAndVocabulary = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Map<String, Mapping> codeBySubjectAndVocabulary = new HashMap<>();
        for (Mapping m : set.mappings()) {
            if (!m.isNoTermFound()) codeBySubjectAndVocabulary.putIfAbsent(m.subjectId() + " " + m.objectPrefix(), m);
        }
        for (Mapping m : set.mappings()) {
            checkPrefixes(set, m, problems);
            if (!PREDICATES.contains(m.predicateId())) {
                problems.add(problem(m, "predicate \"" + m.predicateId() + "\" is not one of " + PREDICATES));
            }
            checkSubject(m, problems);
            checkObject(m, problems);
            if (m.isNoTermFound()) {
                String vocabulary = patterns.vocabularyOf(m.objectSource());
                Mapping code = codeBySubjectAndVocabulary.get(m.subjectId() + " " + vocabulary);
                if (code != null) {
                    problems.add(problem(m, m.subjectId() + " has " + Mapping.NO_TERM_FOUND + " for "
                            + m.objectSource() + " but also the code " + code.objectId() + " (line "
                            + code.location().line() + ")"));
                }
            }
            if (!seen.add(m.subjectId() + " " + m.predicateId() + " " + m.objectId() + " " + m.objectSource())) {
                problems.add(problem(m, "repeated mapping " + m.subjectId() + " " + m.predicateId() + " "
                        + m.objectId()));
            }
            if (EXACT_MATCH.equals(m.predicateId()) && !m.isNoTermFound()) {
                Mapping earlier = exactBySubjectAndVocabulary.putIfAbsent(m.subjectId() + " " + m.objectPrefix(), m);
                if (earlier != null && !earlier.objectId().equals(m.objectId())) {
                    problems.add(problem(m, m.subjectId() + " is exactMatch'ed to two " + m.objectPrefix()
                            + " codes: " + earlier.objectId() + " (line " + earlier.location().line() + ") and "
                            + m.objectId() + "; use closeMatch/broadMatch/narrowMatch for the less exact one"));
                }
            }
        }
        return problems;
    }

    private void checkPrefixes(MappingSet set, Mapping m, List<MappingProblem> problems) {
        List<String> curies = new ArrayList<>(List.of(m.subjectId(), m.predicateId(), m.objectId(), m.justification()));
        if (!m.objectSource().isEmpty()) curies.add(m.objectSource());
        for (String curie : curies) {
            String prefix = MappingSet.prefixOf(curie);
            if (prefix.isEmpty() || !set.curieMap().containsKey(prefix)) {
                problems.add(problem(m, "\"" + curie + "\" uses a prefix that is not in the curie_map "
                        + set.curieMap().keySet()));
            }
        }
    }

    private void checkSubject(Mapping m, List<MappingProblem> problems) {
        if (!SUBJECT_PREFIX.equals(MappingSet.prefixOf(m.subjectId()))) {
            problems.add(problem(m, "subject \"" + m.subjectId() + "\" is not a lexicon concept (expected "
                    + SUBJECT_PREFIX + ":{id})"));
            return;
        }
        String id = MappingSet.localOf(m.subjectId());
        if (concepts.isPresent() && !concepts.get().contains(id)) {
            problems.add(problem(m, "subject \"" + m.subjectId() + "\": no concept \"" + id
                    + "\" in data/lexicon/concepts.tsv"));
        }
    }

    private void checkObject(Mapping m, List<MappingProblem> problems) {
        if (m.isNoTermFound()) {
            if (m.objectSource().isEmpty()) {
                problems.add(problem(m, Mapping.NO_TERM_FOUND
                        + " needs object_source naming the vocabulary that was searched"));
            } else if (patterns.patternFor(patterns.vocabularyOf(m.objectSource())).isEmpty()) {
                problems.add(problem(m, "object_source \"" + m.objectSource() + "\" of a " + Mapping.NO_TERM_FOUND
                        + " row names no vocabulary of the id patterns file " + patterns.patterns().keySet()));
            }
            return;
        }
        String prefix = m.objectPrefix();
        Optional<Pattern> pattern = patterns.patternFor(prefix);
        if (pattern.isEmpty()) {
            problems.add(problem(m, "no id pattern for vocabulary \"" + prefix + "\" (add it to the id patterns file)"));
        } else if (!pattern.get().matcher(MappingSet.localOf(m.objectId())).matches()) {
            problems.add(problem(m, "\"" + m.objectId() + "\" is not a well-formed " + patterns.names().get(prefix)
                    + " id (expected " + pattern.get().pattern() + ")"));
        }
    }

    private static MappingProblem problem(Mapping m, String message) {
        return new MappingProblem(m.location(), message);
    }
}
