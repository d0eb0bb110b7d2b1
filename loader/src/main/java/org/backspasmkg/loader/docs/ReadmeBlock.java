package org.backspasmkg.loader.docs;

import java.util.Optional;

/**
 * The generated part of a Markdown file: the text between a start and an end marker comment, holding a
 * fenced Mermaid block. Everything outside the markers is left as it is.
 */
public record ReadmeBlock(String startMarker, String endMarker) {
    public static final ReadmeBlock DIAGRAM = new ReadmeBlock("<!-- diagram:start -->", "<!-- diagram:end -->");

    /** What belongs between the markers for this diagram text. */
    public String fenced(String diagram) {
        return "\n```mermaid\n" + diagram + (diagram.endsWith("\n") ? "" : "\n") + "```\n";
    }

    /** The text now between the markers, if both are present in order. */
    public Optional<String> current(String markdown) {
        int start = markdown.indexOf(startMarker);
        int end = markdown.indexOf(endMarker);
        if (start < 0 || end < start) return Optional.empty();
        return Optional.of(markdown.substring(start + startMarker.length(), end));
    }

    /** The markdown with the block between the markers replaced by the fenced diagram. */
    public String replace(String markdown, String diagram) {
        int start = markdown.indexOf(startMarker);
        int end = markdown.indexOf(endMarker);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("expected the markers " + startMarker + " and " + endMarker + " in this order");
        }
        return markdown.substring(0, start + startMarker.length()) + fenced(diagram) + markdown.substring(end);
    }
}
