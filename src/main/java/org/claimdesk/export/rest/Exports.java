package org.claimdesk.export.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.function.Consumer;

/** A streamed download response, shared by the API and the export page. */
public final class Exports {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String JSON_LINES = "application/jsonl; charset=UTF-8";
    public static final String JSON_LD = "application/ld+json; charset=UTF-8";

    private Exports() {
    }

    public static Response download(String mediaType, String fileName, Consumer<OutputStream> body) {
        StreamingOutput stream = body::accept;
        return Response.ok(stream, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
