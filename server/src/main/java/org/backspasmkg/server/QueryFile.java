package org.backspasmkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One query of {@code queries/}: its name (file name without .rq), the header comment fields
 * ({@code # title:}, {@code # question:}, {@code # columns:}) and the whole text.
 */
public record QueryFile(String name, String title, String question, String columns, String text) {
    public QueryFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** The {@code .rq} files of a folder (not its subfolders, which hold checks), sorted by name. */
    public static List<QueryFile> list(Path queriesDir) {
        try (Stream<Path> files = Files.list(queriesDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().map(QueryFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + queriesDir, e);
        }
    }

    public static QueryFile read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return new QueryFile(name, header(text, "title"), header(text, "question"), header(text, "columns"), text);
    }

    /** The value of a {@code # key: value} line of the leading comment block, or null. */
    static String header(String text, String key) {
        String prefix = "# " + key + ":";
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) break;
            if (line.startsWith(prefix)) return line.substring(prefix.length()).strip();
        }
        return null;
    }

    /** The column names of the {@code # columns:} header: each name before its "(description)", commas inside parentheses ignored. */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        if (columns == null) return names;
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (char c : (columns + ",").toCharArray()) {
            if (c == '(') depth++;
            if (c == ')') depth--;
            if (c == ',' && depth == 0) {
                String item = current.toString().strip();
                int paren = item.indexOf('(');
                names.add((paren < 0 ? item : item.substring(0, paren)).strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return names;
    }
}
