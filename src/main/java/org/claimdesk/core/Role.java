package org.claimdesk.core;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a user may do. A user may hold several roles. */
public enum Role {
    EDITOR, REVIEWER, ADMIN;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final String EDITOR_NAME = "EDITOR";
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String ADMIN_NAME = "ADMIN";

    public static Optional<Role> parse(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst();
    }

    /** The stored form: names in declaration order, comma-separated (what security-jpa reads). */
    public static String join(Set<Role> roles) {
        return EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<Role> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(stored.split(","))
                .map(String::trim)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
