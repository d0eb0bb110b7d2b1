package org.backspasmkg.loader.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backspasmkg.loader.mapping.SssomReaderTest.fixture;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each fixture breaks one rule on its last row (line 14); the valid fixture breaks none. */
class MappingCheckTest {
    private final MappingCheck check = new MappingCheck(
            IdPatterns.read(fixture("id-patterns.tsv"), "id-patterns.tsv"),
            Optional.of(ConceptTypes.read(fixture("concepts.tsv"), "concepts.tsv")));

    private List<MappingProblem> problemsOf(String name) {
        return check.check(SssomReader.read(fixture(name), name));
    }

    @Test
    void validSetHasNoProblems() {
        assertThat(problemsOf("valid.sssom.tsv")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "unknown-prefix.sssom.tsv | \"MESH:D000001\" uses a prefix that is not in the curie_map",
        "bad-id.sssom.tsv | \"HP:12345\" is not a well-formed Human Phenotype Ontology id",
        "unknown-subject.sssom.tsv | no concept \"gamma\" in data/lexicon/concepts.tsv",
        "two-exact.sssom.tsv | bsc:alpha is exactMatch'ed to two HP codes: HP:0000001 (line 12) and HP:0000002",
        "bad-predicate.sssom.tsv | predicate \"skos:relatedMatch\" is not one of",
        "no-term-without-source.sssom.tsv | sssom:NoTermFound needs object_source",
        "no-term-and-code.sssom.tsv | bsc:alpha has sssom:NoTermFound for bioregistry:hp but also the code HP:0000001",
        "no-term-unknown-vocabulary.sssom.tsv | object_source \"bioregistry:loinc\" of a sssom:NoTermFound row names no",
    })
    void eachBrokenRuleIsReportedOnceAtItsLine(String file, String message) {
        List<MappingProblem> problems = problemsOf(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).location().line()).isEqualTo(14);
        assertThat(problems.get(0).toString()).startsWith(file + ":14: error: ").contains(message);
    }

    @Test
    void withoutTheLexiconUnknownSubjectsAreNotReported() {
        MappingCheck noLexicon = new MappingCheck(IdPatterns.read(fixture("id-patterns.tsv"), "p"), Optional.empty());

        assertThat(noLexicon.check(SssomReader.read(fixture("unknown-subject.sssom.tsv")))).isEmpty();
    }
}
