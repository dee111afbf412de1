package org.claimdesk.claim;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.claimdesk.core.InvalidInputException;

/**
 * Filtered claim lists with stable keyset pagination: a page ends with a cursor (the last row's sort
 * key and id), and the next page starts strictly after it, so rows added meanwhile never shift or
 * repeat a page.
 */
public final class ClaimSearch {

    public enum Sort {
        /** Oldest first. */
        ID("c.id ASC"),
        /** Newest first. */
        RECENT("c.id DESC"),
        /** Most check-worthy first. */
        CHECKWORTHINESS("c.checkworthiness DESC, c.id DESC"),
        /** The review queue's order: overdue and due first, then check-worthiness, then age. */
        PRIORITY("c.due_at ASC NULLS LAST, c.checkworthiness DESC, c.submitted_at ASC, c.id ASC");

        private final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    /** One page and the cursor of the next (null on the last page). */
    public record Page(List<Claim> items, String next) {
    }

    public static final int MAX_LIMIT = 200;

    private ClaimSearch() {
    }

    public static Page find(EntityManager em, ClaimFilter filter, Sort sort, String after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<Object> params = new ArrayList<>();
        String where = filter.where(params, Instant.now());
        StringBuilder sql = new StringBuilder("SELECT c.* FROM claim c JOIN article a ON a.id = c.article_id")
                .append(where);
        if (after != null && !after.isBlank()) {
            sql.append(where.isEmpty() ? " WHERE " : " AND ")
                    .append(Cursor.parse(after, sort).condition(sort, params));
        }
        sql.append(" ORDER BY ").append(sort.orderBy).append(" LIMIT ").append(limit + 1);
        Query query = em.createNativeQuery(sql.toString(), Claim.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Claim> rows = query.getResultList();
        if (rows.size() <= limit) {
            return new Page(rows, null);
        }
        Claim last = rows.get(limit - 1);
        String next = sort == Sort.CHECKWORTHINESS ? last.checkworthiness + ":" + last.id : Long.toString(last.id);
        return new Page(rows.subList(0, limit), sort == Sort.PRIORITY ? null : next);
    }

    private record Cursor(double checkworthiness, long id) {
        static Cursor parse(String raw, Sort sort) {
            try {
                if (raw.length() > 60 || sort == Sort.PRIORITY) {
                    throw new IllegalArgumentException();
                }
                if (sort == Sort.CHECKWORTHINESS) {
                    int colon = raw.lastIndexOf(':');
                    double cw = Double.parseDouble(raw.substring(0, colon));
                    if (!Double.isFinite(cw)) {
                        throw new IllegalArgumentException();
                    }
                    return new Cursor(cw, Long.parseLong(raw.substring(colon + 1)));
                }
                return new Cursor(0, Long.parseLong(raw.strip()));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "is not a cursor from a previous page");
            }
        }

        String condition(Sort sort, List<Object> params) {
            return switch (sort) {
                case ID -> {
                    params.add(id);
                    yield "c.id > ?";
                }
                case RECENT -> {
                    params.add(id);
                    yield "c.id < ?";
                }
                default -> {
                    params.add(checkworthiness);
                    params.add(checkworthiness);
                    params.add(id);
                    yield "(c.checkworthiness < ? OR (c.checkworthiness = ? AND c.id < ?))";
                }
            };
        }
    }
}
