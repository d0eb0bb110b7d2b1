package org.backspasmkg.loader.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.backspasmkg.loader.diag.LoaderException;
import org.junit.jupiter.api.Test;

class SssomReaderTest {
    static Path fixture(String name) {
        try {
            return Path.of(SssomReaderTest.class.getResource("/fixtures/mapping/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsMetadataCurieMapAndRowsWithTheirFileLines() {
        MappingSet set = SssomReader.read(fixture("valid.sssom.tsv"), "valid.sssom.tsv");

        assertThat(set.metadata()).containsEntry("mapping_set_id", "https://example.org/fixture.sssom.tsv")
                .doesNotContainKey("curie_map");
        assertThat(set.curieMap()).containsEntry("HP", "http://purl.obolibrary.org/obo/HP_");
        assertThat(set.mappings()).hasSize(3);
        Mapping first = set.mappings().get(0);
        assertThat(first.subjectId()).isEqualTo("bsc:alpha");
        assertThat(first.objectId()).isEqualTo("HP:0000001");
        assertThat(first.objectSource()).isEqualTo("bioregistry:hp");
        assertThat(first.confidence()).hasValue(0.9);
        assertThat(first.source()).isEqualTo("https://example.org");
        // 10 metadata lines, then the column header on line 11
        assertThat(set.mappings()).extracting(m -> m.location().line()).containsExactly(12, 13, 14);
        assertThat(first.location().toString()).isEqualTo("valid.sssom.tsv:12");
        assertThat(set.mappings().get(2).isNoTermFound()).isTrue();
    }

    @Test
    void expandsAndCompactsWithTheCurieMap() {
        MappingSet set = SssomReader.read(fixture("valid.sssom.tsv"));

        assertThat(set.expand("ICD10CM:M62.830")).isEqualTo("http://purl.bioontology.org/ontology/ICD10CM/M62.830");
        assertThat(set.compact("http://purl.obolibrary.org/obo/HP_0003394")).hasValue("HP:0003394");
        assertThat(set.compact("http://example.org/unknown")).isEmpty();
        assertThatThrownBy(() -> set.expand("NOPE:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingRequiredColumnIsReportedAtTheHeaderLine() {
        assertThatThrownBy(() -> SssomReader.read(fixture("missing-column.sssom.tsv"), "m.tsv"))
                .isInstanceOf(LoaderException.class)
                .hasMessageContaining("m.tsv:11: error: missing column \"predicate_id\"");
    }

    @Test
    void badConfidenceIsReportedAtItsLine() {
        assertThatThrownBy(() -> SssomReader.read(fixture("bad-confidence.sssom.tsv"), "c.tsv"))
                .isInstanceOf(LoaderException.class)
                .hasMessageContaining("c.tsv:13: error: confidence must be a number from 0 to 1, found \"high\"");
    }

    @Test
    void metadataWithoutCurieMapIsRejected() {
        assertThatThrownBy(() -> SssomReader.read(fixture("no-curie-map.sssom.tsv"), "n.tsv"))
                .isInstanceOf(LoaderException.class)
                .hasMessageContaining("n.tsv:1: error: the metadata block needs a non-empty curie_map");
    }
}
