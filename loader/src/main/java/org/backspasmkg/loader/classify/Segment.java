package org.backspasmkg.loader.classify;

import java.util.Objects;

/**
 * A unit of an answer that can state facts: a sentence, a list item, or the intro of a list.
 *
 * @param intro index (in the answer's segment list) of the intro this item belongs to, or -1
 */
public record Segment(String text, int line, Kind kind, int intro) {
    public Segment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** How the page laid the unit out. */
    public enum Kind {
        /** A sentence of a paragraph. */
        SENTENCE,
        /** A line or sentence that ends in ":" and introduces the items after it. */
        INTRO,
        /** A "- " list item, an "– " inline item, a comma fragment, a numbered "1- " fragment, or a fragment after an intro. */
        ITEM,
        /** A heading glued to the paragraph after it. */
        HEADING,
        /** A further sentence of a list item, explaining it. */
        DETAIL;

        public boolean isItem() {
            return this == ITEM;
        }
    }
}
