package io.kinrealm.domain.account;

import java.util.Locale;
import java.util.Optional;

/** What an account may do beyond playing: moderators keep chat civil, operators run the world. */
public enum Role {
    PLAYER, MODERATOR, OPERATOR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
