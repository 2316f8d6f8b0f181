package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import java.util.Objects;
import java.util.Set;

/** Who is making a request: an authenticated account, through one of its logins, with its roles. */
public record Principal(AccountId accountId, String username, Set<Role> roles, LoginId loginId) {
    public Principal {
        Objects.requireNonNull(accountId, "account");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(loginId, "login");
        roles = Set.copyOf(roles);
    }
}
