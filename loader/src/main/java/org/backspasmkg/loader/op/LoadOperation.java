package org.backspasmkg.loader.op;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.backspasmkg.loader.classify.PageClassifier;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.backspasmkg.loader.emit.GraphEmitter;
import org.backspasmkg.loader.emit.OntologyIndex;
import org.backspasmkg.loader.extract.ClauseSplitter;
import org.backspasmkg.loader.extract.DefinedConditionFinder;
import org.backspasmkg.loader.extract.Extraction;
import org.backspasmkg.loader.extract.BodyPartLocator;
import org.backspasmkg.loader.extract.BodyPartStateFinder;
import org.backspasmkg.loader.extract.FactExtractor;
import org.backspasmkg.loader.extract.InlineListFinder;
import org.backspasmkg.loader.extract.PainTriggerFinder;
import org.backspasmkg.loader.extract.PhraseFinder;
import org.backspasmkg.loader.nlp.EnglishModels;
import org.backspasmkg.loader.parse.Page;
import org.backspasmkg.loader.parse.PageParser;
import org.backspasmkg.loader.vocab.Vocab;

/** Runs parse → classify → extract → emit for a set of pages and returns the whole graph. */
public final class LoadOperation {
    public static final String ONTOLOGY = "ontology/backspasm.ttl";

    private final Path root;
    private final KnowledgeBase kb;
    private final OntologyIndex ontology;
    private final Graph mappings;
    private final PageClassifier classifier;
    private final FactExtractor extractor;

    public LoadOperation(Path projectRoot) {
        this.root = projectRoot;
        this.kb = KnowledgeBase.read(projectRoot);
        this.ontology = new OntologyIndex(readRdf(projectRoot.resolve(ONTOLOGY), ONTOLOGY));
        this.mappings = MappingGraph.read(projectRoot);
        EnglishModels nlp = new EnglishModels();
        this.classifier = new PageClassifier(kb.intents(), kb.lexicon(), nlp);
        this.extractor = new FactExtractor(kb.lexicon(), kb.cues(), kb.rules(), kb.durations(),
                InlineListFinder.read(kb.dir(), KnowledgeBase.DIR, nlp), kb.candidateTypes(),
                ClauseSplitter.read(kb.dir(), KnowledgeBase.DIR), PhraseFinder.read(kb.dir(), KnowledgeBase.DIR, nlp),
                BodyPartLocator.read(kb.dir(), KnowledgeBase.DIR, nlp),
                DefinedConditionFinder.read(kb.dir(), KnowledgeBase.DIR, kb.lexicon(), nlp),
                PainTriggerFinder.read(kb.dir(), KnowledgeBase.DIR, nlp),
                BodyPartStateFinder.read(kb.dir(), KnowledgeBase.DIR, nlp), nlp);
    }

    /** The complete graph (ontology, lexicon concepts, mappings, pages, facts, evidence) for the given pages. */
    public static Graph load(Path projectRoot, List<Path> pages) {
        return new LoadOperation(projectRoot).run(pages, p -> {}).graph();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Parses, classifies and extracts one page: no RDF yet. */
    public Extraction extract(Path page) {
        Page parsed = PageParser.parse(page, display(page));
        return extractor.extract(classifier.classify(parsed));
    }

    /** Loads the pages (files, or folders whose *.txt files are taken in name order). */
    public LoadResult run(List<Path> inputs, Consumer<Path> progress) {
        List<Extraction> extractions = new ArrayList<>();
        java.util.Map<String, String> fileBySlug = new java.util.HashMap<>();
        for (Path page : expand(inputs)) {
            Extraction e = extract(page);
            // The page IRI comes from the file name: two files may not claim the same one.
            Page p = e.page().page();
            String other = fileBySlug.putIfAbsent(p.slug(), p.file());
            if (other != null) {
                throw new LoaderException(SourceLocation.wholeFile(p.file()), "its page IRI " + Vocab.PAGE + p.slug()
                        + " is already taken by " + other + "; rename one of the two files");
            }
            extractions.add(e);
            progress.accept(page);
        }
        Graph graph = new GraphEmitter(ontology, kb.lexicon(), AnswerFlags.read(kb.dir(), KnowledgeBase.DIR)).emit(extractions, mappings);
        return new LoadResult(graph, extractions, LoadSummary.of(extractions, graph.size()));
    }

    /** Files as given; a folder contributes its *.txt pages in name order. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new LoaderException(SourceLocation.wholeFile(in.toString()), "cannot list folder: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                throw new LoaderException(SourceLocation.wholeFile(in.toString()), "no such file");
            }
        }
        if (out.isEmpty()) throw new LoaderException(SourceLocation.wholeFile(String.valueOf(inputs)), "no pages to load");
        return out;
    }

    /** The path as shown in messages and provenance: relative to the project when inside it. */
    String display(Path page) {
        Path abs = page.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : page).toString().replace('\\', '/');
    }

    static Graph readRdf(Path file, String display) {
        try {
            Graph g = GraphFactory.createDefaultGraph();
            RDFDataMgr.read(g, file.toString());
            return g;
        } catch (RiotException e) {
            throw new LoaderException(SourceLocation.wholeFile(display), "cannot read RDF: " + e.getMessage(), e);
        }
    }
}
