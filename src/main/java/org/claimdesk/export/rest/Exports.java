package org.claimdesk.export.rest;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * A streamed download response, shared by the API and the export page. The filters are read before
 * this is built, so a bad one is still a 400 problem. A failure once bytes have gone out cannot
 * change the status any more: the connection is then closed without the body's end (no last chunk),
 * so every HTTP client reports the download as failed instead of taking a short file as complete.
 * A failure before the first byte is answered as a problem by the exception mappers.
 */
public final class Exports {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String JSON_LINES = "application/jsonl; charset=UTF-8";
    public static final String JSON_LD = "application/ld+json; charset=UTF-8";

    private static final Logger LOG = Logger.getLogger(Exports.class);

    private Exports() {
    }

    public static Response download(String mediaType, String fileName, HttpServerResponse response,
            Consumer<OutputStream> body) {
        StreamingOutput stream = out -> {
            try {
                body.accept(out);
            } catch (RuntimeException e) {
                if (!response.headWritten()) {
                    throw e; // nothing sent yet: the exception mappers answer with a problem
                }
                LOG.warnf(e, "export %s failed after it began; connection closed so the client sees it", fileName);
                response.reset();
            }
        };
        return Response.ok(stream, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
    }
}
