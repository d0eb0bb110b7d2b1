package org.backspasmkg.loader.op;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.backspasmkg.loader.extract.Extraction;
import org.backspasmkg.loader.lexicon.Concept;
import org.backspasmkg.loader.lexicon.Lexicon;
import org.backspasmkg.loader.lexicon.TsvTable;

/**
 * Accepts a candidate concept into the lexicon: finds it by id in the loaded pages and writes it as a new row
 * of data/lexicon/concepts.tsv (after the last row of its type), atomically, so the file is either the old one
 * or the old one plus exactly that row. Refuses an id or a term the lexicon already has.
 */
public final class CurateOperation {
    public static final String FILE = KnowledgeBase.DIR + "/" + Lexicon.FILE;
    /** The folder loaded to find candidates when no pages are given: its *.txt pages. */
    public static final String DEFAULT_PAGES = "data";

    /** The pages given, or the project's {@link #DEFAULT_PAGES} folder when none are. */
    public static List<Path> pagesOrDefault(Path projectRoot, List<Path> pages) {
        return pages.isEmpty() ? List.of(projectRoot.resolve(DEFAULT_PAGES)) : pages;
    }

    private final Path root;

    public CurateOperation(Path projectRoot) {
        this.root = projectRoot;
    }

    /**
     * What to accept and how to override the candidate's own label and type (empty: keep them).
     *
     * @param synonyms other wordings, for the synonyms column
     */
    public record Request(String candidateId, String type, String label, List<String> synonyms, String definition) {
        public Request {
            Objects.requireNonNull(candidateId, "candidateId");
            type = type == null ? "" : type.strip();
            label = label == null ? "" : label.strip();
            synonyms = synonyms == null ? List.of() : synonyms.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            definition = definition == null ? "" : definition.strip();
        }

        public static Request of(String candidateId) {
            return new Request(candidateId, "", "", List.of(), "");
        }
    }

    /** The concept written and the 1-based line of its new row. */
    public record Result(Concept concept, String row, int line) {}

    /** Loads the pages (default: data/*.txt), finds the candidate and adds its row. */
    public Result run(Request request, List<Path> pages) {
        Path file = root.resolve(FILE);
        TsvTable table = TsvTable.read(file, FILE, "id", "label", "type");
        // Refuse a known id before the slow load of the pages.
        for (TsvTable.Row row : table.rows()) {
            if (row.get("id").equals(request.candidateId())) {
                throw new LoaderException(row.location(), "concept id \"" + request.candidateId() + "\" is already in the lexicon");
            }
        }
        LoadOperation load = new LoadOperation(root);
        LoadResult result = load.run(pagesOrDefault(root, pages), p -> {});
        Concept candidate = find(result.extractions(), request.candidateId());
        Concept accepted = accept(candidate, request, load.knowledgeBase());
        return write(file, accepted);
    }

    private static Concept find(List<Extraction> extractions, String id) {
        TreeMap<String, Concept> all = new TreeMap<>();
        extractions.forEach(e -> e.candidates().values().stream().filter(Concept::candidate).forEach(c -> all.put(c.id(), c)));
        Concept c = all.get(id);
        if (c == null) {
            throw new LoaderException(SourceLocation.wholeFile(FILE), "no candidate \"" + id + "\" in the pages loaded"
                    + (all.isEmpty() ? " (they have none)" : "; candidates: " + String.join(", ", all.keySet())));
        }
        return c;
    }

    /** The candidate as a lexicon concept, with the request's overrides, checked as Lexicon.read would. */
    static Concept accept(Concept candidate, Request request, KnowledgeBase kb) {
        String label = request.label().isEmpty() ? candidate.label() : request.label();
        String type = request.type().isEmpty() ? candidate.type() : request.type();
        if (!kb.rules().types().contains(type)) {
            throw refused("unknown type \"" + type + "\"; expected one of " + new java.util.TreeSet<>(kb.rules().types()));
        }
        List<String> terms = new ArrayList<>(List.of(label));
        terms.addAll(request.synonyms());
        for (String t : terms) {
            if (t.isEmpty() || t.matches(".*[\\t\\r\\n|].*")) throw refused("\"" + t + "\" cannot be a term: empty or holds a tab, newline or |");
            Optional<Concept> known = kb.lexicon().lookup(t);
            if (known.isPresent()) {
                throw refused("\"" + t + "\" already names concept \"" + known.get().id() + "\"; add it there as a synonym instead");
            }
        }
        if (request.definition().matches(".*[\\t\\r\\n].*")) throw refused("the definition holds a tab or newline");
        // A condition the loader named from its parts ("shoulder strain") keeps its body part and broader concept.
        return new Concept(candidate.id(), label, type, request.synonyms(), candidate.bodyPart(), candidate.broader(),
                request.definition(), false);
    }

    /** Inserts the row after the last row of the same type (or at the end) via a temp file and a rename. */
    static Result write(Path file, Concept c) {
        String row = String.join("\t", c.id(), c.label(), c.type(), String.join("|", c.synonyms()),
                c.bodyPart(), c.broader(), c.definition());
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            int at = lines.size();
            for (int i = 1; i < lines.size(); i++) {
                String[] cols = lines.get(i).split("\t", -1);
                if (!lines.get(i).startsWith("#") && cols.length > 2 && cols[2].strip().equals(c.type())) at = i + 1;
            }
            lines.add(at, row);
            AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
            return new Result(c, row, at + 1);
        } catch (IOException e) {
            throw new LoaderException(SourceLocation.wholeFile(FILE), "cannot write: " + e.getMessage(), e);
        }
    }

    private static LoaderException refused(String message) {
        return new LoaderException(SourceLocation.wholeFile(FILE), message);
    }
}
