package io.kinrealm.acceptance;

import io.kinrealm.adapters.memory.InMemoryAccounts;
import io.kinrealm.adapters.memory.InMemoryAuditLog;
import io.kinrealm.adapters.memory.InMemoryCharacters;
import io.kinrealm.adapters.memory.InMemoryChatLog;
import io.kinrealm.adapters.memory.InMemoryDevotions;
import io.kinrealm.adapters.memory.InMemoryEventBus;
import io.kinrealm.adapters.memory.InMemoryFamilies;
import io.kinrealm.adapters.memory.InMemoryPositions;
import io.kinrealm.adapters.memory.InMemoryPresenceRegistry;
import io.kinrealm.adapters.memory.InMemoryRateLimiter;
import io.kinrealm.adapters.memory.InMemoryRefreshTokens;
import io.kinrealm.adapters.memory.InMemoryTongues;
import io.kinrealm.adapters.memory.RandomIds;
import io.kinrealm.adapters.security.BcryptPasswordHasher;
import io.kinrealm.adapters.security.JwtTokenIssuer;
import io.kinrealm.adapters.security.RandomRefreshSecrets;
import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.account.port.in.AccountView;
import io.kinrealm.application.account.port.in.LogInUseCase.LogIn;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase.RegisterAccount;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase.CreatedCharacter;
import io.kinrealm.application.chat.GameChannelAccess;
import io.kinrealm.application.family.FamilyStores;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.domain.shared.Outcome;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import static org.assertj.core.api.Assertions.assertThat;


/**
 * Everything one scenario shares between its steps: a fresh Kinrealm (in-memory storage, bcrypt at its lowest cost,
 * signed access tokens, a clock that moves only when told), the personas, and the last answer a player received.
 */
public final class World {
    private static final Instant DAWN = Instant.parse("2026-03-01T08:00:00Z");

    private final ControllableClock clock = new ControllableClock(DAWN);
    private final InMemoryEventBus eventBus = new InMemoryEventBus();
    private final KinrealmCore kinrealm;
    private final Map<String, Player> players = new HashMap<>();
    private final Map<String, CreatedCharacter> births = new HashMap<>();
    private Outcome<?> lastAnswer;

    public World() {
        KinrealmCore.Ports ports = new KinrealmCore.Ports(new InMemoryAccounts(), new InMemoryRefreshTokens(),
                new InMemoryCharacters(), new BcryptPasswordHasher(4),
                new JwtTokenIssuer(randomSecret(), "kinrealm", "kinrealm-api"), new RandomRefreshSecrets(),
                new InMemoryRateLimiter(), clock, new RandomIds(), List.of(), new InMemoryChatLog(),
                eventBus, new InMemoryPresenceRegistry(), new GameChannelAccess(),
                new FamilyStores(new InMemoryFamilies(), new InMemoryDevotions(), new InMemoryTongues(),
                        new InMemoryPositions()),
                new InMemoryAuditLog());
        this.kinrealm = KinrealmCore.assemble(ports, KinrealmCore.Settings.defaults());
    }

    private static String randomSecret() {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public KinrealmCore kinrealm() {
        return kinrealm;
    }

    public ControllableClock clock() {
        return clock;
    }

    public Player player(String name) {
        return players.computeIfAbsent(name, Player::new);
    }

    /** Remembers a character born in this scenario, by the name it was given. */
    public void born(String name, CreatedCharacter character) {
        births.put(name, character);
    }

    /** A character born in this scenario, with the family it was born with. */
    public Optional<CreatedCharacter> birthOf(String name) {
        return Optional.ofNullable(births.get(name));
    }

    /** The names of the characters born in this scenario so far. */
    public Set<String> bornNames() {
        return Set.copyOf(births.keySet());
    }

    /** Remembers what a player was just told, for the Then steps. */
    public <T> Outcome<T> heard(Outcome<T> answer) {
        lastAnswer = answer;
        return answer;
    }

    public Outcome<?> lastAnswer() {
        assertThat(lastAnswer).as("nobody has been answered yet").isNotNull();
        return lastAnswer;
    }

    /** The refusal the player was just told; fails the scenario if the request was carried out. */
    public Outcome.Rejected<?> lastRefusal() {
        assertThat(lastAnswer()).as("the last answer").isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected<?>) lastAnswer;
    }

    /** What a request that had to succeed produced; fails the scenario otherwise. */
    public static <T> T done(Outcome<T> outcome) {
        assertThat(outcome).as("the answer").isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<T>) outcome).value();
    }

    /** The player opens an account under their own name with their password. */
    public Outcome<AccountView> openAccount(Player player) {
        Outcome<AccountView> answer =
                kinrealm.registerAccount().register(new RegisterAccount(player.name(), player.password()));
        if (answer instanceof Outcome.Done<AccountView>) {
            player.accountOpened();
        }
        return answer;
    }

    /** Makes sure the player has an account, opening one if they have none yet. */
    public void ensureAccount(Player player) {
        if (!player.hasAccount()) {
            done(openAccount(player));
        }
    }

    /** Logs the player in (opening their account first if they have none) and keeps the session. */
    public void logIn(Player player) {
        ensureAccount(player);
        player.received(done(kinrealm.logIn().logIn(new LogIn(player.name(), player.password()))));
    }

    /** Who the player is in the game, read from their current session pass; logs them in if needed. */
    public Principal signedIn(Player player) {
        if (player.session().isEmpty()) {
            logIn(player);
        }
        return done(kinrealm.authenticate().authenticate(player.session().orElseThrow().accessToken()));
    }

    /** Listens to a channel of this scenario's Kinrealm, as a connected member would hear it, until closed. */
    public EventBus.Subscription listen(String channel, EventBus.Listener listener) {
        return eventBus.subscribe(channel, listener);
    }
}
