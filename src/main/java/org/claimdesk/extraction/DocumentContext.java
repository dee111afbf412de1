package org.claimdesk.extraction;

/**
 * What one extraction call remembers from earlier sentences of the same document: the last
 * named person (for "she said") and the last claim (for "It has since fallen to 431,000").
 */
final class DocumentContext {

    final boolean pollDocument;
    /** The story is about immigration, so "returned" means sent back. */
    final boolean migrationDocument;
    String lastPerson;
    Mention lastClaim;
    ClaimType lastType;
    /** Inside a quotation opened in an earlier sentence of the same paragraph, and who opened it. */
    boolean inQuote;
    String quoteSpeaker;

    DocumentContext(boolean pollDocument, boolean migrationDocument) {
        this.pollDocument = pollDocument;
        this.migrationDocument = migrationDocument;
    }
}
