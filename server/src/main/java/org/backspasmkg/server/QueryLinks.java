package org.backspasmkg.server;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links that open a query in the Fuseki UI's editor ({@code #/dataset/NAME/query?query=...}), and the table of
 * queries in {@code queries/README.md} that carries them. The 5.6 UI has no setting for example queries
 * (apache/jena issue 1793 is open; PR 1683 was not merged), so these links stand in for them.
 */
public final class QueryLinks {
    public static final String DEFAULT_BASE = "http://127.0.0.1:3030/";
    public static final String START = "<!-- queries:start -->";
    public static final String END = "<!-- queries:end -->";
    private static final Pattern LINK = Pattern.compile("\\((http://[^)\\s]*#/dataset/[^/]+/query\\?query=([^)\\s]*))\\)");

    private QueryLinks() {}

    /** The UI link for a query; spaces become %20, not '+', so the link reads the same in every URL decoder. */
    public static String uiLink(String base, String dataset, String sparql) {
        String encoded = URLEncoder.encode(sparql, StandardCharsets.UTF_8).replace("+", "%20");
        return base + "#/dataset/" + dataset + "/query?query=" + encoded;
    }

    /** The SPARQL text of every UI link in a Markdown text, in order. */
    public static List<String> decodedLinks(String markdown) {
        Matcher m = LINK.matcher(markdown);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(URLDecoder.decode(m.group(2), StandardCharsets.UTF_8));
        return out;
    }

    /** The Markdown table of queries: file, question, columns and a link into the UI. */
    public static String table(List<QueryFile> queries, String base, String dataset) {
        StringBuilder b = new StringBuilder();
        b.append(START).append('\n');
        b.append("<!-- generated from the .rq headers by QueriesTest (-Dqueries.update=true); do not edit by hand -->\n");
        b.append("| query | question | columns | UI |\n|---|---|---|---|\n");
        for (QueryFile q : queries) {
            b.append("| [").append(q.name()).append("](").append(q.name()).append(".rq) | ")
                    .append(cell(q.question())).append(" | ")
                    .append(cell(String.join(", ", q.columnNames()))).append(" | ")
                    .append("[open](").append(uiLink(base, dataset, q.text())).append(") |\n");
        }
        b.append(END);
        return b.toString();
    }

    /** The README with its table block replaced; fails when the markers are missing. */
    public static String replaceTable(String readme, String table) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) throw new IllegalArgumentException("no " + START + " ... " + END + " block");
        return readme.substring(0, start) + table + readme.substring(end + END.length());
    }

    /** The current table block of a README, or an empty string. */
    public static String currentTable(String readme) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        return start < 0 || end < start ? "" : readme.substring(start, end + END.length());
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
