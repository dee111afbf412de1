package org.claimdesk.claim;

import org.claimdesk.core.InvalidInputException;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.extraction.ClaimType;

/**
 * Filters and stable keyset pagination over claims: a page ends with a cursor (the last row's sort
 * key and id), and the next page starts strictly after it, so rows added meanwhile never shift or
 * repeat a page.
 */
public final class ClaimSearch {

    public enum Sort {
        /** Oldest first. */
        ID,
        /** Newest first. */
        RECENT,
        /** Most check-worthy first. */
        CHECKWORTHINESS
    }

    /** What to look for; null fields do not filter. */
    public record Filter(ClaimStatus status, ClaimType type, Long articleId, String outlet, String speaker,
            String q, boolean includeCandidates) {
    }

    /** One page and the cursor of the next (null on the last page). */
    public record Page(List<Claim> items, String next) {
    }

    public static final int MAX_LIMIT = 200;

    private ClaimSearch() {
    }

    public static Page find(Filter f, Sort sort, String after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (f.status() != null) {
            where.add("c.status = :status");
            params.and("status", f.status());
        } else if (!f.includeCandidates()) {
            where.add("c.status <> :candidate");
            params.and("candidate", ClaimStatus.CANDIDATE);
        }
        if (f.type() != null) {
            where.add("c.type = :type");
            params.and("type", f.type());
        }
        if (f.articleId() != null) {
            where.add("c.articleId = :articleId");
            params.and("articleId", f.articleId());
        }
        if (notBlank(f.outlet())) {
            where.add("c.articleId in (select a.id from Article a where lower(a.outlet) = :outlet)");
            params.and("outlet", f.outlet().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (notBlank(f.speaker())) {
            where.add("lower(c.speaker) like :speaker");
            params.and("speaker", "%" + likeEscape(f.speaker().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (notBlank(f.q())) {
            where.add("(lower(c.quote) like :q or lower(c.sentence) like :q)");
            params.and("q", "%" + likeEscape(f.q().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        String order;
        if (after != null && !after.isBlank()) {
            Cursor cursor = Cursor.parse(after, sort);
            switch (sort) {
                case ID -> where.add("c.id > :afterId");
                case RECENT -> where.add("c.id < :afterId");
                case CHECKWORTHINESS -> {
                    where.add("(c.checkworthiness < :afterCw or (c.checkworthiness = :afterCw and c.id < :afterId))");
                    params.and("afterCw", cursor.checkworthiness());
                }
            }
            params.and("afterId", cursor.id());
        }
        order = switch (sort) {
            case ID -> "c.id asc";
            case RECENT -> "c.id desc";
            case CHECKWORTHINESS -> "c.checkworthiness desc, c.id desc";
        };
        String query = "from Claim c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by " + order;
        // one row more than asked tells whether there is a next page (range is inclusive)
        List<Claim> rows = Claim.find(query, params).range(0, limit).list();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        Claim last = rows.get(limit - 1);
        String next = sort == Sort.CHECKWORTHINESS ? last.checkworthiness + ":" + last.id : Long.toString(last.id);
        return new Page(rows.subList(0, limit), next);
    }

    private record Cursor(double checkworthiness, long id) {
        static Cursor parse(String raw, Sort sort) {
            try {
                if (sort == Sort.CHECKWORTHINESS) {
                    int colon = raw.lastIndexOf(':');
                    return new Cursor(Double.parseDouble(raw.substring(0, colon)),
                            Long.parseLong(raw.substring(colon + 1)));
                }
                return new Cursor(0, Long.parseLong(raw));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "is not a cursor from a previous page");
            }
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
