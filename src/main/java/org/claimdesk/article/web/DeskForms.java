package org.claimdesk.article.web;

import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** The forms of the article desk, as posted: text as typed, read by the services' input rules. */
final class DeskForms {

    private DeskForms() {
    }

    /** Correcting a claim's fields. */
    record Edit(@RestForm String version, @RestForm String value, @RestForm String high, @RestForm String approx,
            @RestForm String bound, @RestForm String unit, @RestForm String type, @RestForm String speaker,
            @RestForm String hedges, @RestForm String timeRef, @RestForm String dueAt) {
    }

    /** A workflow action on one claim; {@code next} moves the desk on to the next claim to confirm. */
    record Action(@RestForm String action, @RestForm String reason, @RestForm String version, @RestForm String next,
            @RestForm String assignee) {
    }

    /** A claim the extractor missed: offsets from a text selection, or the words typed. */
    record Add(@RestForm String start, @RestForm String end, @RestForm String quote, @RestForm String value,
            @RestForm String unit, @RestForm String type) {
    }

    /**
     * One action on several claims: the ones ticked ({@code ids}), or every claim of the article in
     * the action's starting status when none is ticked. {@code confirmed} answers the confirmation a
     * bulk submit asks for.
     */
    record Bulk(@RestForm String action, @RestForm("ids") List<String> ids, @RestForm String confirmed) {
    }
}
