package org.claimdesk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.claimdesk.core.FieldError;

/** RFC 9457 problem details, as every API error is answered. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String title, int status, String detail, String instance, List<FieldError> errors) {
        this("about:blank", title, status, detail, instance, errors, List.of());
    }
}
