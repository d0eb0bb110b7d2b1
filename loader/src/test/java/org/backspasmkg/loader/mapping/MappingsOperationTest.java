package org.backspasmkg.loader.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backspasmkg.loader.mapping.SssomReaderTest.fixture;

import java.nio.file.Path;
import org.backspasmkg.loader.mapping.MappingsOperation.Coverage;
import org.backspasmkg.loader.mapping.MappingsOperation.Gap;
import org.junit.jupiter.api.Test;

/**
 * Coverage counts on the valid fixture (alpha, a Condition, has an HP and an ICD-10-CM code; beta, a Symptom, has a
 * NoTermFound row for ICD-10-CM) with vocabulary scopes from id-patterns-scoped.tsv.
 */
class MappingsOperationTest {
    private final MappingsOperation.Report report = new MappingsOperation().run(new MappingsOperation.Inputs(
            Path.of("."), fixture("valid.sssom.tsv"), fixture("id-patterns-scoped.tsv"), fixture("concepts.tsv")));

    private Coverage cell(String vocabulary, String type) {
        return report.coverage().stream()
                .filter(c -> c.vocabulary().equals(vocabulary) && c.type().equals(type))
                .findFirst().orElseThrow();
    }

    @Test
    void countsConceptsWithACodePerVocabularyAndType() {
        assertThat(cell("HP", "Condition")).isEqualTo(new Coverage("HP", "Condition", 1, 0, 1, true));
        assertThat(cell("ICD10CM", "Condition")).isEqualTo(new Coverage("ICD10CM", "Condition", 1, 0, 1, true));
        assertThat(cell("MESH", "Symptom")).isEqualTo(new Coverage("MESH", "Symptom", 0, 0, 1, true));
    }

    @Test
    void aNoTermFoundRowCountsAsCheckedNotAsMapped() {
        assertThat(cell("ICD10CM", "Symptom")).isEqualTo(new Coverage("ICD10CM", "Symptom", 0, 1, 1, true));
    }

    @Test
    void typesOutsideAVocabularysScopeAreMarkedAndLeftOutOfTheToDoList() {
        assertThat(cell("HP", "Symptom").inScope()).isFalse();

        assertThat(report.gaps()).containsExactly(
                new Gap("MESH", "Condition", "alpha"), new Gap("MESH", "Symptom", "beta"));
    }
}
