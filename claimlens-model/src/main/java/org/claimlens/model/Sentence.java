package org.claimlens.model;

/**
 * A sentence's label; its characters are the annotation's span.
 *
 * @param index position of the sentence in the document, from 0
 */
public record Sentence(int index) {}
