package org.claimdesk.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimdesk.core.NotFoundException;
import org.claimdesk.reference.table.ReferenceTable;

/**
 * Dataset versions in memory, read from PostgreSQL on first use. A version never changes, so a
 * cached copy is never stale, on any replica; the least recently used go when the cache holds
 * more than {@link #MAX_CELLS} cells.
 */
@ApplicationScoped
public class TableCache {

    static final long MAX_CELLS = 5_000_000;
    private static final int FETCH = 2_000;

    @Inject
    EntityManager em;

    private final LinkedHashMap<Long, ReferenceTable> tables = new LinkedHashMap<>(16, 0.75f, true);
    private long cells;

    /** The version's table, loading its rows once. */
    public ReferenceTable table(DatasetVersion version) {
        synchronized (this) {
            ReferenceTable t = tables.get(version.id);
            if (t != null) {
                return t;
            }
        }
        ReferenceTable loaded = load(version);
        put(loaded);
        return loaded;
    }

    public ReferenceTable table(long versionId) {
        synchronized (this) {
            ReferenceTable t = tables.get(versionId);
            if (t != null) {
                return t;
            }
        }
        DatasetVersion v = QuarkusTransaction.joiningExisting().call(() -> DatasetVersion.findById(versionId));
        if (v == null) {
            throw new NotFoundException("Dataset version " + versionId);
        }
        return table(v);
    }

    /** Keeps a table just imported, so that its first check does not read it back. */
    synchronized void put(ReferenceTable table) {
        if (tables.put(table.versionId(), table) == null) {
            cells += table.weight();
        }
        Iterator<Map.Entry<Long, ReferenceTable>> oldest = tables.entrySet().iterator();
        while (cells > MAX_CELLS && tables.size() > 1 && oldest.hasNext()) {
            ReferenceTable gone = oldest.next().getValue();
            if (gone == table) {
                continue;
            }
            cells -= gone.weight();
            oldest.remove();
        }
    }

    private ReferenceTable load(DatasetVersion v) {
        TypeReference<String[]> cellsType = new TypeReference<>() {
        };
        List<String[]> rows = QuarkusTransaction.joiningExisting().call(() -> {
            List<String[]> out = new ArrayList<>(v.rowCount);
            int after = 0;
            while (true) {
                @SuppressWarnings("unchecked")
                List<Object[]> page = em.createNativeQuery("SELECT line, cells::text FROM reference_row"
                        + " WHERE version_id = ?1 AND line > ?2 ORDER BY line LIMIT ?3").setParameter(1, v.id)
                        .setParameter(2, after).setParameter(3, FETCH).getResultList();
                for (Object[] r : page) {
                    after = ((Number) r[0]).intValue();
                    out.add(ReferenceJson.read((String) r[1], cellsType));
                }
                if (page.size() < FETCH) {
                    return out;
                }
            }
        });
        return new ReferenceTable(v.id, v.columnList(), v.tableMeta(), rows);
    }
}
