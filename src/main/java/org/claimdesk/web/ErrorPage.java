package org.claimdesk.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The readable page a browser gets for an error. */
public final class ErrorPage {

    private ErrorPage() {
    }

    @CheckedTemplate(basePath = "ErrorPage")
    static class Templates {
        static native TemplateInstance error(Problem problem);
    }

    static TemplateInstance render(Problem problem) {
        return Templates.error(problem);
    }
}
