package io.kinrealm.acceptance;

import io.kinrealm.application.account.port.in.SessionTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A persona of a scenario (Mira, Tomas...): the password they chose and the sessions they were given, in order. */
public final class Player {
    private final String name;
    private String password;
    private boolean hasAccount;
    private final List<SessionTokens> sessions = new ArrayList<>();

    Player(String name) {
        this.name = name;
        this.password = name.toLowerCase(Locale.ROOT) + "-sings-at-dawn";
    }

    public String name() {
        return name;
    }

    public String password() {
        return password;
    }

    public void choosePassword(String chosen) {
        this.password = chosen;
    }

    public boolean hasAccount() {
        return hasAccount;
    }

    void accountOpened() {
        hasAccount = true;
    }

    /** Keeps the tokens of a login or a renewal; the latest is the session the player uses. */
    public void received(SessionTokens tokens) {
        sessions.add(tokens);
    }

    public Optional<SessionTokens> session() {
        return sessions.isEmpty() ? Optional.empty() : Optional.of(sessions.getLast());
    }

    /** The tokens received at the first login of the scenario. */
    public SessionTokens firstSession() {
        return sessions.getFirst();
    }
}
