package org.backspasmkg.loader.lexicon;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backspasmkg.loader.diag.LoaderException;
import org.backspasmkg.loader.diag.SourceLocation;

/** A curated TSV data file with a header row: rows keep their line numbers for error messages. */
public record TsvTable(String file, List<Row> rows) {
    public TsvTable {
        rows = List.copyOf(rows);
    }

    public static TsvTable read(Path path, String display, String... requiredColumns) {
        CSVFormat format = CSVFormat.TDF.builder()
                .setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true)
                .setQuote(null).setAllowMissingColumnNames(false).get();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (String col : requiredColumns) {
                if (!parser.getHeaderMap().containsKey(col)) {
                    throw new LoaderException(new SourceLocation(display, 1),
                            "missing column \"" + col + "\"; expected columns " + String.join(", ", requiredColumns));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new Row(new SourceLocation(display, (int) r.getParser().getCurrentLineNumber()), r.toMap()));
            }
            return new TsvTable(display, rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new LoaderException(SourceLocation.wholeFile(display), "cannot read table: " + e.getMessage(), e);
        }
    }

    /** One data row. */
    public record Row(SourceLocation location, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }

        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) throw new LoaderException(location, "empty value in column \"" + column + "\"");
            return v;
        }
    }
}
