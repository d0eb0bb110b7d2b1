package org.backspasmkg.loader.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backspasmkg.loader.mapping.SssomReaderTest.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/** The mapping queries of queries/ against the real mapping set turned into skos:*Match triples plus one fact. */
class MappingQueriesTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "../"));

    private final Model model = graph();

    /** What the emit stage is expected to add: subject IRI, the SKOS predicate, the object IRI. */
    private static Model graph() {
        MappingSet set = SssomReader.read(ROOT.resolve(MappingsOperation.DEFAULT_MAPPINGS));
        Model m = ModelFactory.createDefaultModel();
        for (Mapping row : set.mappings()) {
            if (row.isNoTermFound()) continue;
            m.add(m.createResource(set.expand(row.subjectId())), m.createProperty(set.expand(row.predicateId())),
                    m.createResource(set.expand(row.objectId())));
        }
        RDFDataMgr.read(m, fixture("facts.ttl").toString());
        return m;
    }

    private List<QuerySolution> run(String file) throws IOException {
        String query = Files.readString(ROOT.resolve("queries").resolve(file));
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void conceptCodesListsTheIcd10cmCodeOfBackSpasm() throws IOException {
        assertThat(run("concept-codes.rq")).extracting(r -> r.getResource("target").getURI())
                .contains("http://purl.bioontology.org/ontology/ICD10CM/M62.830");
    }

    @Test
    void icd10cmCodeFindsBackSpasm() throws IOException {
        // back spasm is the exact match; the regional back spasms are narrower than the code (broadMatch)
        assertThat(run("concepts-by-icd10cm-code.rq"))
                .extracting(r -> r.getResource("concept").getLocalName() + " " + r.getResource("match").getLocalName())
                .contains("back-spasm exactMatch", "lower-back-spasm broadMatch")
                .doesNotContain("back-spasm broadMatch");
    }

    @Test
    void meshDescriptorFindsTheSpasmConcepts() throws IOException {
        assertThat(run("concepts-by-mesh-code.rq")).extracting(r -> r.getResource("concept").getLocalName())
                .contains("back-spasm", "muscle-spasm");
    }

    @Test
    void factsAboutMeshDescriptorCarryTheirEvidence() throws IOException {
        List<QuerySolution> rows = run("facts-about-mesh-descriptor.rq");

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getResource("object").getLocalName()).isEqualTo("heavy-lifting");
        assertThat(rows.get(0).getLiteral("line").getInt()).isEqualTo(16);
        assertThat(rows.get(0).getLiteral("evidence").getString()).contains("Heavy lifting");
    }
}
