package org.backspasmkg.loader.mapping;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an SSSOM/TSV file: the metadata block is YAML on the leading {@code #} lines, then comes a tab-separated
 * table with a header row. Only what this project uses is interpreted; other columns are ignored.
 *
 * <p>Usage: {@code MappingSet set = SssomReader.read(Path.of("ontology/mappings/backspasm.sssom.tsv"));}
 * Any problem with the file (missing curie_map, missing column, bad confidence) is a {@link LoaderException}
 * carrying the file and line.
 */
public final class SssomReader {
    /** Columns every row must have. */
    static final List<String> REQUIRED_COLUMNS =
            List.of("subject_id", "predicate_id", "object_id", "mapping_justification");

    private SssomReader() {
    }

    /** Reads a mapping set; messages name the file as given. */
    public static MappingSet read(Path file) {
        return read(file, file.toString());
    }

    /** Reads a mapping set; messages name the file as {@code display} (e.g. a path relative to the project). */
    public static MappingSet read(Path file, String display) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LoaderException(SourceLocation.wholeFile(display), "cannot read mapping set: " + e.getMessage(), e);
        }
        int headerLines = 0;
        StringBuilder yamlText = new StringBuilder();
        while (headerLines < lines.size() && lines.get(headerLines).startsWith("#")) {
            yamlText.append(lines.get(headerLines).substring(1)).append('\n');
            headerLines++;
        }
        Map<String, Object> metadata = parseMetadata(yamlText.toString(), display);
        Map<String, String> curieMap = curieMap(metadata.remove("curie_map"), display);
        List<Mapping> rows = parseTable(String.join("\n", lines.subList(headerLines, lines.size())) + "\n",
                headerLines, display);
        return new MappingSet(display, metadata, curieMap, rows);
    }

    private static Map<String, Object> parseMetadata(String yamlText, String display) {
        Object parsed;
        try {
            parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yamlText);
        } catch (MarkedYAMLException e) {
            // the mark's line is 0-based within the YAML text, which starts on line 1 of the file
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new LoaderException(new SourceLocation(display, line), "bad YAML metadata: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new LoaderException(SourceLocation.wholeFile(display), "bad YAML metadata: " + e.getMessage(), e);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new LoaderException(new SourceLocation(display, 1),
                    "expected a YAML metadata block on the leading '#' lines (curie_map, mapping_set_id, ...)");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Map<String, String> curieMap(Object value, String display) {
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new LoaderException(new SourceLocation(display, 1),
                    "the metadata block needs a non-empty curie_map (prefix: namespace IRI)");
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    private static List<Mapping> parseTable(String tableText, int lineOffset, String display) {
        CSVFormat format = CSVFormat.TDF.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setQuote(null).setTrim(false)
                .setAllowMissingColumnNames(false).get();
        int headerLine = lineOffset + 1;
        try (Reader in = new StringReader(tableText);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String col : REQUIRED_COLUMNS) {
                if (header == null || !header.containsKey(col)) {
                    throw new LoaderException(new SourceLocation(display, headerLine),
                            "missing column \"" + col + "\"; required columns are " + REQUIRED_COLUMNS);
                }
            }
            List<Mapping> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                // the parser counts lines of the table text, which starts after the metadata block
                SourceLocation at = new SourceLocation(display, lineOffset + (int) parser.getCurrentLineNumber());
                if (r.size() != header.size()) {
                    throw new LoaderException(at, "expected " + header.size() + " tab-separated values, found " + r.size());
                }
                rows.add(toMapping(r, at));
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new LoaderException(new SourceLocation(display, headerLine), "cannot read the table: " + e.getMessage(),
                    e);
        }
    }

    private static Mapping toMapping(CSVRecord r, SourceLocation at) {
        for (String col : REQUIRED_COLUMNS) {
            if (get(r, col).isEmpty()) throw new LoaderException(at, "empty value in column \"" + col + "\"");
        }
        return new Mapping(get(r, "subject_id"), get(r, "subject_label"), get(r, "predicate_id"), get(r, "object_id"),
                get(r, "object_label"), get(r, "object_source"), get(r, "mapping_justification"),
                confidence(get(r, "confidence"), at), get(r, "comment"), get(r, "see_also"), at);
    }

    private static OptionalDouble confidence(String text, SourceLocation at) {
        if (text.isEmpty()) return OptionalDouble.empty();
        try {
            double c = Double.parseDouble(text);
            if (c < 0 || c > 1) throw new NumberFormatException();
            return OptionalDouble.of(c);
        } catch (NumberFormatException e) {
            throw new LoaderException(at, "confidence must be a number from 0 to 1, found \"" + text + "\"");
        }
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column).strip() : "";
    }
}
