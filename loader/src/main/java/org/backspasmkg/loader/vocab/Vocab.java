package org.backspasmkg.loader.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the project's namespaces and of the ontology terms the loader emits (see ontology/backspasm.ttl). */
public final class Vocab {
    public static final String BSKG = "https://w3id.org/backspasm-kg/ontology#";
    public static final String CONCEPT = "https://w3id.org/backspasm-kg/concept/";
    public static final String PAGE = "https://w3id.org/backspasm-kg/page/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";

    public static final Node FAQ_PAGE = bskg("FAQPage");
    public static final Node QUESTION = bskg("Question");
    public static final Node ANSWER = bskg("Answer");
    public static final Node INTENT = bskg("intent");
    public static final Node SOURCE_LINE = bskg("sourceLine");
    public static final Node LAST_LINE = bskg("lastLine");
    public static final Node SOURCE_FILE = bskg("sourceFile");
    public static final Node PARAPHRASE_OF = bskg("paraphraseOf");
    public static final Node EVIDENCE_TEXT = bskg("evidenceText");
    public static final Node CUE = bskg("cue");
    public static final Node CANDIDATE = bskg("candidate");
    public static final Node ANSWER_FLAG = bskg("answerFlag");

    public static final Node S_NAME = schema("name");
    public static final Node S_TEXT = schema("text");
    public static final Node S_ABOUT = schema("about");
    public static final Node S_MAIN_ENTITY = schema("mainEntity");
    public static final Node S_ACCEPTED_ANSWER = schema("acceptedAnswer");
    public static final Node S_IS_PART_OF = schema("isPartOf");

    public static final Node SKOS_CONCEPT = skos("Concept");
    public static final Node SKOS_SCHEME = NodeFactory.createURI(CONCEPT + "scheme");
    public static final Node SKOS_IN_SCHEME = skos("inScheme");
    public static final Node SKOS_PREF_LABEL = skos("prefLabel");
    public static final Node SKOS_ALT_LABEL = skos("altLabel");
    public static final Node SKOS_DEFINITION = skos("definition");
    public static final Node SKOS_BROADER = skos("broader");
    public static final Node SKOS_NOTATION = skos("notation");
    public static final Node PROV_DERIVED_FROM = NodeFactory.createURI(PROV + "wasDerivedFrom");

    private Vocab() {}

    public static Node bskg(String local) {
        return NodeFactory.createURI(BSKG + local);
    }

    public static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    public static Node skos(String local) {
        return NodeFactory.createURI(SKOS + local);
    }

    public static Node concept(String id) {
        return NodeFactory.createURI(CONCEPT + id);
    }

    public static Node intent(String id) {
        return bskg("intent-" + id);
    }
}
