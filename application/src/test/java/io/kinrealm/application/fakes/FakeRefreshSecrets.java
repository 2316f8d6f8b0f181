package io.kinrealm.application.fakes;

import io.kinrealm.application.account.port.out.RefreshSecrets;

/** Numbered refresh secrets with a readable fingerprint. */
public final class FakeRefreshSecrets implements RefreshSecrets {
    private int issued;

    @Override
    public String newSecret() {
        issued++;
        return "refresh-" + issued;
    }

    @Override
    public String fingerprint(String secret) {
        return "fingerprint-of-" + secret;
    }
}
