package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.character.port.in.GetCharacterUseCase;
import io.kinrealm.application.family.port.in.ReaderProfileUseCase;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

/**
 * {@code auth}: a live access token and one of its account's characters, or the connection is closed with 4401.
 * The first success brings the character online; a later one with a fresh token for the same character moves the
 * expiry (another character is character_mismatch). The connection is closed with 4401 when its token expires.
 */
final class AuthOp implements Op {
    private final AuthenticateUseCase authenticate;
    private final ActAsCharacterUseCase actAs;
    private final GetCharacterUseCase characters;
    private final PresenceUseCase presence;
    private final ReaderProfileUseCase readers;
    private final Timers timers;
    private final InstantSource clock;
    private final TokenExpiry expiry;

    AuthOp(RealtimeUseCases useCases, Timers timers, InstantSource clock, TokenExpiry expiry) {
        this.authenticate = useCases.authenticate();
        this.actAs = useCases.actAsCharacter();
        this.characters = useCases.getCharacter();
        this.presence = useCases.presence();
        this.readers = useCases.readerProfile();
        this.timers = timers;
        this.clock = clock;
        this.expiry = expiry;
    }

    @Override
    public Object handle(Connection connection, Request request) {
        Args args = new Args(request.d());
        String token = args.text("token");
        String characterId = args.text("characterId");
        Optional<Identity> current = connection.identity();
        if (current.isPresent()) {
            args.validate();
        }
        Optional<Identity> who = args.valid() ? identify(token, characterId) : Optional.empty();
        if (who.isEmpty()) {
            connection.close(CloseCodes.UNAUTHENTICATED, "Not authenticated.");
            return REPLIED;
        }
        Identity identity = who.get();
        if (current.isPresent() && !current.get().character().equals(identity.character())) {
            throw new OpRefused("character_mismatch", "This connection plays another character; open a new one.");
        }
        connection.reader(readers.readerProfile(identity.character()));
        if (current.isEmpty()) {
            presence.connected(identity.character(), connection.id());
        }
        ScheduledFuture<?> end = timers.once(Duration.between(clock.instant(), identity.expiresAt()),
                () -> connection.close(CloseCodes.UNAUTHENTICATED, "The access token expired."));
        if (!connection.authenticate(identity, end) && current.isEmpty()) {
            presence.disconnected(identity.character(), connection.id());
        }
        return reply(identity, connection);
    }

    private Optional<Identity> identify(String token, String characterId) {
        Optional<CharacterId> id = CharacterId.parse(characterId);
        if (!(authenticate.authenticateLive(token) instanceof Outcome.Done<Principal> principal) || id.isEmpty()) {
            return Optional.empty();
        }
        if (!(actAs.actAs(principal.value().accountId(), id.get()) instanceof Outcome.Done<CharacterId>)
                || !(characters.get(id.get()) instanceof Outcome.Done<CharacterView> view)) {
            return Optional.empty();
        }
        Instant expiresAt = expiry.of(token, clock.instant());
        return Optional.of(new Identity(principal.value(), id.get(), view.value().name(), view.value().familyId(),
                token, expiresAt));
    }

    private static Map<String, Object> reply(Identity identity, Connection connection) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("characterId", identity.character().toString());
        data.put("name", identity.name());
        data.put("familyId", identity.familyId());
        data.put("connectionId", connection.id());
        data.put("expiresAt", identity.expiresAt().toString());
        return data;
    }
}
