package org.claimdesk.user;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Names for user ids, looked up in one query for a whole page of rows. */
public final class Usernames {

    private Usernames() {
    }

    public static Map<Long, String> of(Collection<Long> ids) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            User.<User>list("id in ?1", wanted).forEach(u -> names.put(u.id, u.username));
        }
        return names;
    }
}
