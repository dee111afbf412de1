package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.core.FieldError;
import org.claimdesk.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filters are checked before an export starts; what passes becomes literals in a COPY statement. */
class ExportFilterTest {

    private static ExportFilter parse(String from, String to, String status, String outlet, String articleId) {
        return ExportFilter.parse(from, to, status, null, null, outlet, articleId);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            from      | 1799-12-31           | must be between 1800-01-01 and 2200-12-31
            to        | 2201-01-01           | must be between 1800-01-01 and 2200-12-31
            from      | +9999999-01-01       | must be between 1800-01-01 and 2200-12-31
            to        | 2026-02-30           | is not a date
            from      | last week            | is not a date
            status    | NOPE                 | is not one of CANDIDATE, EXTRACTED
            verdict   | TRUE                 | is not one of ACCURATE, MOSTLY_ACCURATE
            type      | SEATS                | is not one of POLL_LEAD
            articleId | x                    | is not an id
            articleId | 0                    | is not an id
            articleId | -5                   | is not an id
            articleId | 9223372036854775808  | is not an id
            articleId | 99999999999999999999 | is not an id
            articleId | 1e3                  | is not an id
            """)
    void eachBadValueIsRefusedUnderItsField(String field, String value, String message) {
        assertThatThrownBy(() -> ExportFilter.parse(field.equals("from") ? value : null,
                field.equals("to") ? value : null, field.equals("status") ? value : null,
                field.equals("verdict") ? value : null, field.equals("type") ? value : null, null,
                field.equals("articleId") ? value : null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly(field);
                    assertThat(e.messageFor(field)).contains(message);
                });
    }

    @Test
    void theLimitsThemselvesAndTheLargestIdPass() {
        ExportFilter f = parse("1800-01-01", "2200-12-31", "published", null, "9223372036854775807");
        assertThat(f.claims().from()).isEqualTo(LocalDate.of(1800, 1, 1));
        assertThat(f.claims().to()).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThat(f.claims().status()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(f.claims().articleId()).isEqualTo(Long.MAX_VALUE);
        assertThat(f.where()).contains("c.updated_at < TIMESTAMPTZ '2201-01-01T00:00:00Z'")
                .contains("c.article_id = 9223372036854775807");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> parse("2026-02-01", "2026-01-01", "x", "ok\u0000", "y"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("to", "status", "outlet", "articleId"));
    }

    @Test
    void outletsAreBoundedAndFreeOfNul() {
        assertThatThrownBy(() -> parse(null, null, null, "a".repeat(org.claimdesk.claim.ClaimFilter.MAX_TEXT + 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageFor("outlet")).contains("at most 200"));
        assertThat(parse(null, null, null, "  Town Crier ", null).claims().outlet()).isEqualTo("Town Crier");
    }

    @Test
    void textBecomesAnEscapeStringLiteral() {
        assertThat(SqlLiteral.text("O'Brien \\' OR 1=1 --")).isEqualTo("E'O''Brien \\\\'' OR 1=1 --'");
        assertThat(parse(null, null, null, "x'); DROP TABLE claim; --", null).where())
                .contains("lower(a.outlet) = E'x''); drop table claim; --'");
        assertThatThrownBy(() -> SqlLiteral.text("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidatesAreLeftOutUnlessAskedFor() {
        assertThat(parse(null, null, null, null, null).where()).isEqualTo(" WHERE c.status <> 'CANDIDATE'");
        assertThat(parse(null, null, "candidate", null, null).where()).isEqualTo(" WHERE c.status = E'CANDIDATE'");
    }
}
