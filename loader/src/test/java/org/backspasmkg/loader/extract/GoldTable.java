package org.backspasmkg.loader.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A hand-written table of the facts a careful reader finds in a page (fixtures/pages/*.expected.tsv). */
record GoldTable(List<Row> rows) {
    /** One expected fact; condition and object list alternative wordings. */
    record Row(List<String> conditions, String relation, List<String> objects, int line) {}

    static GoldTable read(Path tsv) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String l : lines.subList(1, lines.size())) {
            if (l.isBlank()) continue;
            String[] c = l.split("\t", -1);
            rows.add(new Row(alternatives(c[0]), c[1], alternatives(c[2]), Integer.parseInt(c[3].strip())));
        }
        return new GoldTable(rows);
    }

    private static List<String> alternatives(String cell) {
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
