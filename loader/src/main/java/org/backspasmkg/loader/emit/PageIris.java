package org.backspasmkg.loader.emit;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.backspasmkg.loader.nlp.Normalizer;
import org.backspasmkg.loader.parse.Page;
import org.backspasmkg.loader.parse.Question;
import org.backspasmkg.loader.vocab.Vocab;

/**
 * The IRIs of a page, its questions and answers: readable and stable, from the file name and the
 * question's words (a repeated question gets "-2"), never from a counter over the page.
 */
public final class PageIris {
    private final Node page;
    private final Map<Question, Node> questions = new HashMap<>();

    public PageIris(Page p) {
        this.page = NodeFactory.createURI(Vocab.PAGE + p.slug());
        Map<String, Integer> seen = new HashMap<>();
        for (Question q : p.questions()) {
            String slug = slug(q.text());
            int n = seen.merge(slug, 1, Integer::sum);
            questions.put(q, NodeFactory.createURI(page.getURI() + "/q/" + (n == 1 ? slug : slug + "-" + n)));
        }
    }

    public Node page() {
        return page;
    }

    public Node question(Question q) {
        return questions.get(q);
    }

    public Node answer(Question q) {
        return NodeFactory.createURI(questions.get(q).getURI() + "/answer");
    }

    /** A readable IRI segment from a question: lower case words joined by hyphens. */
    static String slug(String text) {
        String s = Normalizer.fold(text).toLowerCase(Locale.ROOT)
                .replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 80) s = s.substring(0, 80).replaceAll("-[^-]*$", "");
        return s.isEmpty() ? "question" : s;
    }
}
