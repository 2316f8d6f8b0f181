package io.kinrealm.application.account;

import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.account.Username;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Roles a server's configuration gives to accounts by username (ignoring case), on top of the roles stored on the
 * accounts. They apply at every login, so they travel in the access token.
 *
 * @param operators usernames of the operators
 * @param moderators usernames of the moderators
 */
public record ConfiguredRoles(Set<String> operators, Set<String> moderators) {
    public ConfiguredRoles {
        operators = keys(operators);
        moderators = keys(moderators);
    }

    /** No account gets a role from configuration. */
    public static ConfiguredRoles none() {
        return new ConfiguredRoles(Set.of(), Set.of());
    }

    /** The roles configuration gives to this username; empty for most. */
    public Set<Role> of(Username username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (operators.contains(username.key())) {
            roles.add(Role.OPERATOR);
        }
        if (moderators.contains(username.key())) {
            roles.add(Role.MODERATOR);
        }
        return roles;
    }

    private static Set<String> keys(Set<String> usernames) {
        return usernames.stream().map(String::trim).filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
