package org.backspasmkg.loader.lexicon;

/** A concept found in a text, with the character span of the words that named it. */
public record Mention(Concept concept, int start, int end, String surface) {}
