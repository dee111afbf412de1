package org.claimdesk.article;

import org.claimdesk.core.Inputs;
import org.claimdesk.core.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Article lists: PostgreSQL full-text search over title and text, filters by outlet and date. */
public final class ArticleSearch {

    public static final int PAGE_SIZE = 20;

    /** A row of the list. */
    public record Row(long id, String title, String outlet, String author, LocalDate publishedAt,
            java.time.Instant createdAt, long claims) {
    }

    public record Page(List<Row> items, int page, long total, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    private ArticleSearch() {
    }

    /** Deepest page a list may ask for: 100,000 pages of 20 is more than any desk holds. */
    public static final int MAX_PAGE = 100_000;

    /** A page number typed or sent as text. */
    public static int page(String typed) {
        try {
            return Inputs.page("page", Integer.parseInt(typed == null ? "1" : typed.strip()), MAX_PAGE);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("page", "must be a whole number from 1 to " + MAX_PAGE);
        }
    }

    public static Page find(EntityManager em, String q, String outlet, LocalDate from, LocalDate to, int page) {
        Inputs.page("page", page, MAX_PAGE);
        q = Inputs.text("q", q, 200);
        outlet = Inputs.text("outlet", outlet, 200);
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("a.search @@ websearch_to_tsquery('english', :q)");
            params.put("q", q.strip());
        }
        if (outlet != null && !outlet.isBlank()) {
            where.add("lower(a.outlet) = lower(:outlet)");
            params.put("outlet", outlet.strip());
        }
        if (from != null) {
            where.add("a.published_at >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("a.published_at <= :to");
            params.put("to", to);
        }
        String filter = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String order = params.containsKey("q")
                ? " ORDER BY ts_rank(a.search, websearch_to_tsquery('english', :q)) DESC, a.id DESC"
                : " ORDER BY a.id DESC";
        Query rows = em.createNativeQuery("SELECT a.id, a.title, a.outlet, a.author, a.published_at, a.created_at,"
                + " (SELECT count(*) FROM claim c WHERE c.article_id = a.id AND c.status <> 'CANDIDATE')"
                + " FROM article a" + filter + order + " LIMIT " + PAGE_SIZE + " OFFSET " + (long) (page - 1) * PAGE_SIZE);
        Query count = em.createNativeQuery("SELECT count(*) FROM article a" + filter);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Row> items = new ArrayList<>();
        for (Object o : rows.getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    toDate(r[4]), toInstant(r[5]), ((Number) r[6]).longValue()));
        }
        return new Page(items, page, ((Number) count.getSingleResult()).longValue(), PAGE_SIZE);
    }

    private static LocalDate toDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static java.time.Instant toInstant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (java.time.Instant) o;
    }
}
