package org.claimdesk.extraction.text;

/** A sentence as a half-open char range [start, end) of the text it was split from. */
public record Sentence(int start, int end) {
}
