package org.backspasmkg.loader.op;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.backspasmkg.loader.vocab.Vocab;

/**
 * Writes a graph in the format its file extension names, atomically ({@link AtomicFiles}), so a failure
 * never leaves a half-written file.
 */
public final class GraphWriter {
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY,
            "nt", RDFFormat.NTRIPLES,
            "nq", RDFFormat.NQUADS,
            "trig", RDFFormat.TRIG_BLOCKS, // RDF4J 5.2 misreads a top-level "[ ... ] ." in pretty TriG
            "jsonld", RDFFormat.JSONLD11_PRETTY,
            "rdf", RDFFormat.RDFXML_PRETTY,
            "owl", RDFFormat.RDFXML_PRETTY);

    private GraphWriter() {}

    public static RDFFormat formatFor(Path file) {
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        RDFFormat f = FORMATS.get(ext);
        if (f == null) {
            throw new IllegalArgumentException("cannot tell the RDF format of \"" + name + "\"; use one of the extensions "
                    + String.join(", ", FORMATS.keySet().stream().sorted().toList()));
        }
        return f;
    }

    public static void write(Graph graph, Path target) throws IOException {
        RDFFormat format = formatFor(target);
        AtomicFiles.write(target, out -> {
            graph.getPrefixMapping().setNsPrefixes(prefixes());
            if (format.getLang().equals(Lang.JSONLD11) || format.getLang().equals(Lang.JSONLD)) {
                out.write(scriptSafe(toString(graph, format)).getBytes(StandardCharsets.UTF_8));
            } else if ((format.getLang().equals(Lang.NQUADS) || format.getLang().equals(Lang.TRIG))) {
                DatasetGraph ds = DatasetGraphFactory.wrap(graph);
                RDFDataMgr.write(out, ds, format);
            } else {
                RDFDataMgr.write(out, graph, format);
            }
        });
    }

    private static String toString(Graph graph, RDFFormat format) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(buf, graph, format);
        return buf.toString(StandardCharsets.UTF_8);
    }

    /**
     * JSON-LD that is safe inside an HTML script element whatever the page's text holds: "&lt;", "&gt;" and "&amp;"
     * only occur inside JSON strings, where their \\u escapes mean the same, so "&lt;/script&gt;" cannot close the tag.
     */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("bskg", Vocab.BSKG)
                .setNsPrefix("bsc", Vocab.CONCEPT)
                .setNsPrefix("bsp", Vocab.PAGE)
                .setNsPrefix("schema", Vocab.SCHEMA)
                .setNsPrefix("skos", Vocab.SKOS)
                .setNsPrefix("prov", Vocab.PROV)
                .setNsPrefix("dcterms", Vocab.DCTERMS)
                .removeNsPrefix("dc");
    }
}
