package org.backspasmkg.loader.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loaded source page answers the basic questions with schema.org terms alone, and keeps its evidence. */
class LoadOperationTest {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    static LoadResult result;
    static Model model;

    @BeforeAll
    static void load() {
        result = new LoadOperation(ROOT).run(List.of(ROOT.resolve("data/back-spasm-faq.txt")), p -> {});
        model = ModelFactory.createModelForGraph(result.graph());
    }

    private static List<String> names(String schemaProperty) {
        String q = """
                PREFIX schema: <http://schema.org/>
                SELECT DISTINCT ?name WHERE {
                  ?c a schema:MedicalCondition ; schema:name "back spasm"@en ; schema:%s ?x .
                  ?x schema:name ?name .
                } ORDER BY ?name""".formatted(schemaProperty);
        try (QueryExecution qe = QueryExecution.create(q, model)) {
            ResultSet rs = qe.execSelect();
            List<String> out = new java.util.ArrayList<>();
            rs.forEachRemaining((QuerySolution s) -> out.add(s.getLiteral("name").getString()));
            return out;
        }
    }

    @Test
    void schemaOrgAloneFindsSymptoms() {
        // the warning sign keeps its circumstance ("in arms or legs"), as a concept narrower than muscle weakness
        assertThat(names("signOrSymptom")).contains("dull ache", "muscle weakness in arm or leg");
    }

    @Test
    void aQualifiedSignIsNarrowerThanTheLexiconSymptom() {
        String q = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX bskg: <https://w3id.org/backspasm-kg/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?broader WHERE {
                  ?c rdfs:label "muscle weakness in arm or leg"@en ; bskg:candidate true ; skos:broader ?b .
                  ?b rdfs:label ?broader .
                }""";
        try (QueryExecution qe = QueryExecution.create(q, model)) {
            assertThat(qe.execSelect().next().getLiteral("broader").getString()).isEqualTo("muscle weakness");
        }
    }

    @Test
    void schemaOrgAloneFindsCauses() {
        assertThat(names("cause")).contains("heavy lifting", "dehydration", "poor posture");
    }

    @Test
    void schemaOrgAloneFindsTreatments() {
        assertThat(names("possibleTreatment")).contains("heat therapy", "cold therapy", "muscle relaxant", "walking");
    }

    @Test
    void everyFactHasItsEvidenceAsAnAxiomAnnotation() {
        String q = """
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX bskg: <https://w3id.org/backspasm-kg/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT (COUNT(*) AS ?n) WHERE {
                  VALUES ?p { bskg:hasSymptom bskg:warningSign bskg:hasCause bskg:hasRiskFactor bskg:hasTreatment
                              bskg:notRecommended bskg:affectsBodyPart bskg:typicalRecoveryTime }
                  ?s ?p ?o .
                  FILTER NOT EXISTS { ?ax owl:annotatedSource ?s ; owl:annotatedProperty ?p ; owl:annotatedTarget ?o ;
                                          prov:wasDerivedFrom ?answer ; bskg:evidenceText ?text ; bskg:sourceLine ?line }
                }""";
        try (QueryExecution qe = QueryExecution.create(q, model)) {
            assertThat(qe.execSelect().next().getLiteral("n").getInt()).isZero();
        }
        assertThat(result.summary().facts()).isGreaterThan(20);
    }

    @Test
    void recoveryTimeIsAnXsdDuration() {
        String q = """
                PREFIX bskg: <https://w3id.org/backspasm-kg/ontology#>
                PREFIX bsc: <https://w3id.org/backspasm-kg/concept/>
                SELECT ?d WHERE { bsc:back-spasm bskg:typicalRecoveryTime ?d }""";
        try (QueryExecution qe = QueryExecution.create(q, model)) {
            var lit = qe.execSelect().next().getLiteral("d");
            assertThat(lit.getLexicalForm()).isEqualTo("P42D"); // six weeks: xsd:duration has no week designator
            assertThat(lit.getDatatypeURI()).isEqualTo("http://www.w3.org/2001/XMLSchema#duration");
        }
    }

    @Test
    void summaryCountsThePage() {
        assertThat(result.summary().pages()).isEqualTo(1);
        assertThat(result.summary().questions()).isEqualTo(22);
        assertThat(result.summary().answered()).isEqualTo(17);
    }

    @Test
    void reloadingGivesTheSameGraph() {
        Graph again = LoadOperation.load(ROOT, List.of(ROOT.resolve("data/back-spasm-faq.txt")));
        assertThat(again.isIsomorphicWith(result.graph())).isTrue();
    }
}
