package io.kinrealm.application.account.port.in;

import java.time.Instant;
import java.util.List;

/** An account as its owner sees it. */
public record AccountView(String id, String username, List<String> roles, Instant createdAt) {
    public AccountView {
        roles = List.copyOf(roles);
    }
}
