package org.claimdesk.reference.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import org.claimdesk.reference.ReferenceJson;
import org.claimdesk.reference.check.CheckQuery;
import org.claimdesk.reference.table.Numbers;

/** Display values of the reference pages and tags. */
@TemplateExtension
public final class ReferenceDisplay {

    private ReferenceDisplay() {
    }

    /** "1,760", "33.7". */
    static String grouped(BigDecimal value) {
        return Numbers.format(value);
    }

    /** A query as the JSON a form posts back ("Use as check"). */
    static String json(CheckQuery query) {
        return ReferenceJson.write(query);
    }
}
