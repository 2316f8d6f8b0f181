package io.kinrealm.application.account.port.in;

import io.kinrealm.domain.shared.Outcome;

/** Tells who sent a request from its access token; refused with invalid_access_token otherwise. */
public interface AuthenticateUseCase {

    Outcome<Principal> authenticate(String accessToken);
}
