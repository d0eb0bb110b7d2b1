package org.backspasmkg.loader.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Questions to intents with the project's own patterns; every intent they give exists in the ontology. */
class IntentClassifierTest {
    static final Path ROOT = Path.of(System.getProperty("kg.root", "..")).toAbsolutePath().normalize();
    static final IntentClassifier CLASSIFIER = IntentClassifier.read(ROOT.resolve("data/lexicon"), "data/lexicon");

    static Stream<Arguments> questions() throws IOException {
        Path fixture = ROOT.resolve("loader/src/test/resources/fixtures/classify/intents.tsv");
        return Files.readAllLines(fixture, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("question\t"))
                .map(l -> l.split("\t"))
                .map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("questions")
    void classifiesTheQuestion(String question, String intent) {
        assertThat(CLASSIFIER.classify(question).id()).isEqualTo(intent);
    }

    @Test
    void typographicQuotesDoNotChangeTheIntent() {
        assertThat(CLASSIFIER.classify("What\u2019s the best way to ease a neck spasm?").id()).isEqualTo("treatment");
    }

    @Test
    void everyIntentIsAnIndividualOfTheOntology() {
        Graph ontology = RDFDataMgr.loadGraph(ROOT.resolve("ontology/backspasm.ttl").toString());
        List<String> missing = CLASSIFIER.intents().stream().map(Intent::id)
                .filter(id -> !ontology.contains(Vocab.intent(id), RDF.type.asNode(),
                        NodeFactory.createURI(Vocab.BSKG + "QuestionIntent")))
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void aBrokenPatternNamesItsLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("intents.tsv"), "intent\tmedquad_type\tcandidate_type\tpattern\nx\tx\t\t(unclosed\n");
        assertThatThrownBy(() -> IntentClassifier.read(dir, "lex"))
                .isInstanceOf(LoaderException.class)
                .hasMessageContaining("lex/intents.tsv:2");
    }
}
