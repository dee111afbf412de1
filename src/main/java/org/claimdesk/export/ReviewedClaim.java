package org.claimdesk.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.claimdesk.claim.Verdict;

/**
 * A published claim as a ClaimReview needs it: the figure, where it stands in its sentence, who said
 * it, the verdict and the article it appeared in.
 *
 * @param quoteStart where the quote starts in the sentence, or -1 when that is not known
 */
record ReviewedClaim(long id, long articleId, String quote, String sentence, int quoteStart, String speaker,
        Verdict verdict, String verdictExplanation, Instant updatedAt, String articleTitle, String outlet,
        String articleUrl, LocalDate publishedAt) {

    /** A row of {@link ExportStatements#reviews}. */
    static ReviewedClaim read(ResultSet rs) throws SQLException {
        int start = rs.getInt(4);
        int sentenceStart = rs.getInt(6);
        boolean placed = !rs.wasNull() && start >= sentenceStart;
        String verdict = rs.getString(8);
        return new ReviewedClaim(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(5),
                placed ? start - sentenceStart : -1, rs.getString(7), verdict == null ? null : Verdict.valueOf(verdict),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getObject(14, LocalDate.class));
    }
}
