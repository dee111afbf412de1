package org.claimdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.claimdesk.core.AccountLock;
import org.claimdesk.core.ConflictException;
import org.claimdesk.core.DomainException;
import org.claimdesk.core.FieldError;
import org.claimdesk.core.InvalidInputException;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.core.NotPermittedException;
import org.claimdesk.core.TooLargeException;
import org.claimdesk.core.UnavailableException;
import org.claimdesk.core.UnsupportedFormatException;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become responses: RFC 9457 problem+json under /api, a readable page
 * elsewhere. Never a stack trace or a Java class name.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response problem(DomainException e, HttpServerRequest request) {
        List<FieldError> errors = e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
        List<String> allowed = e instanceof ConflictException conflict ? conflict.allowedActions() : List.of();
        Response.ResponseBuilder response = respond(request,
                new Problem("about:blank", e.title(), status(e), e.detail(), request.path(), errors, allowed));
        if (e instanceof ConflictException conflict && conflict.location() != null) {
            response.header(HttpHeaders.LOCATION, conflict.location());
        }
        return response.build();
    }

    /** The HTTP status of a domain failure: the one place that knows it. */
    public static int status(DomainException e) {
        if (e instanceof InvalidInputException) {
            return 400;
        } else if (e instanceof NotPermittedException) {
            return 403;
        } else if (e instanceof NotFoundException) {
            return 404;
        } else if (e instanceof ConflictException) {
            return 409;
        } else if (e instanceof TooLargeException) {
            return 413;
        } else if (e instanceof UnsupportedFormatException) {
            return 415;
        } else if (e instanceof UnavailableException) {
            return 503;
        }
        return 400;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(FieldError::text).collect(Collectors.joining("; "));
        return respond(request, new Problem("Invalid input", 400, detail, request.path(), errors)).build();
    }

    // subclasses listed too: Quarkus ships its own mappers for them, which would win otherwise
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class,
            InvalidFormatException.class, ValueInstantiationException.class })
    public Response unreadable(Exception e, HttpServerRequest request) {
        String detail = "The request body is not valid JSON for this endpoint";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            detail += ": field '" + field + "' has the wrong type or form";
        } else if (e instanceof JsonProcessingException json && json.getLocation() != null) {
            detail += " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")";
        }
        return respond(request, new Problem("Malformed request body", 400, detail + ".", request.path(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, new Problem("Forbidden", 403,
                "Your account does not have the role this needs.", request.path(), List.of())).build();
    }

    /**
     * Failed credentials. The API answers 401 with a Basic challenge (saying so when the name is
     * locked, never which of name or password was wrong); a failed form sign-in goes back to the
     * login page, as the form mechanism would.
     */
    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, HttpServerRequest request) {
        if (!isApi(request)) {
            return Response.status(302).header(HttpHeaders.LOCATION, "/login?error").build();
        }
        String detail = AccountLock.isLock(e)
                ? e.getMessage()
                : "Unknown user or wrong password.";
        return challenge(request, detail);
    }

    /** No credentials where they are needed. */
    @ServerExceptionMapper
    public Response anonymous(UnauthorizedException e, HttpServerRequest request) {
        if (!isApi(request)) {
            return Response.status(302).header(HttpHeaders.LOCATION, "/login").build();
        }
        return challenge(request, "Sign in with HTTP Basic to use the API.");
    }

    private static Response challenge(HttpServerRequest request, String detail) {
        return respond(request, new Problem("Unauthorized", 401, detail, request.path(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ClaimDesk\"")
                .build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept " + request.method() + ".";
            case 406 -> "This address cannot answer in the media type asked for.";
            case 413 -> "The request body is too large.";
            case 415 -> "This address does not accept the media type " + contentType(request) + ".";
            default -> type.getReasonPhrase();
        };
        return respond(request, new Problem(type.getReasonPhrase(), status, detail, request.path(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return respond(request, new Problem("Internal error", 500,
                "Something went wrong on our side; nothing was changed. The error has been logged.",
                request.path(), List.of())).build();
    }

    private static String contentType(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null ? "(none)" : type;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // method.parameter.field -> field; a violation on the parameter itself keeps its name
        String last = null;
        int nodes = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
            nodes++;
        }
        return nodes <= 2 || last == null ? String.valueOf(last) : last;
    }

    private static Response.ResponseBuilder respond(HttpServerRequest request, Problem problem) {
        if (isApi(request)) {
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.render(problem));
    }

    static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    // ---- database outages (issue 9) --------------------------------------------------------------
    // Kept in one block: every failure the database layer classifies as an outage becomes a 503 with
    // Retry-After that says whether the request may have been applied; anything else goes on to
    // unexpected(). The classification itself lives in database/DatabaseFailures.

    /** Seconds a client should wait before trying again while the database is unavailable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @jakarta.inject.Inject
    org.claimdesk.database.DatabaseMonitor database;

    @ServerExceptionMapper
    public Response unavailable(UnavailableException e, HttpServerRequest request) {
        // a GET never changes data, whatever happened to its transaction
        boolean mayHaveApplied = e.mayHaveApplied() && !isSafe(request);
        String detail = e.mayHaveApplied() && !mayHaveApplied ? org.claimdesk.database.DatabaseFailures.NOTHING_CHANGED
                : e.detail();
        Response.ResponseBuilder response;
        if (isApi(request)) {
            response = Response.status(503).type(Problem.MEDIA_TYPE).entity(new UnavailableProblem(
                    "about:blank", "Database unavailable", 503, detail, request.path(), mayHaveApplied));
        } else {
            response = respond(request, new Problem("Database unavailable", 503, detail, request.path(), List.of()));
        }
        return response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** Any other unmapped runtime failure: an outage when the database layer says so, else unexpected. */
    @ServerExceptionMapper
    public Response databaseOrUnexpected(RuntimeException e, HttpServerRequest request) {
        java.util.Optional<UnavailableException> outage = org.claimdesk.database.DatabaseFailures.unavailable(e);
        if (outage.isEmpty()) {
            return unexpected(e, request);
        }
        database.reportOutage();
        return unavailable(outage.get(), request);
    }

    private static boolean isSafe(HttpServerRequest request) {
        String method = request.method().name();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
    // ---- end of database outages -------------------------------------------------------------------
}
