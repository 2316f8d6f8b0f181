package io.kinrealm.adapters.postgres;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static io.kinrealm.testing.contract.ContractFixtures.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.application.account.port.out.RefreshTokens.Rotation;
import io.kinrealm.application.account.port.out.StoredRefreshToken;
import io.kinrealm.application.shared.port.out.InfrastructureException;
import io.kinrealm.domain.account.Account;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.MessageText;
import io.kinrealm.domain.chat.NewChatMessage;
import io.kinrealm.testing.contract.CharacterBirths;
import io.kinrealm.testing.contract.ContractFixtures;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Starting, restarting and stopping the database: migrations, durability, the readiness probe, pool metrics. */
class PostgresDatabaseTest extends FreshSchemaTest {
    @Test
    void migrations_are_applied_once_however_often_the_database_starts() throws Exception {
        try (PostgresDatabase first = PostgresDatabase.start(schema.settings(), null)) {
            long applied = schema.count("SELECT count(*) FROM flyway_schema_history WHERE success");
            Account account = ContractFixtures.anAccount();
            first.accounts().insert(account);

            try (PostgresDatabase second = PostgresDatabase.start(schema.settings(), null)) {
                assertThat(second.accounts().findById(account.id())).isPresent();
            }
            assertThat(applied).isPositive();
            assertThat(schema.count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(applied);
        }
    }

    @Test
    void what_was_stored_is_there_after_a_restart() {
        Account account = ContractFixtures.anAccount();
        NewCharacter born = CharacterBirths.born(account.id(), "Aria" + letters(10), "aetheri", NOW);
        StoredRefreshToken token = new StoredRefreshToken("fp-" + UUID.randomUUID(), new LoginId(UUID.randomUUID()),
                account.id(), NOW, NOW.plusSeconds(3600));
        NewChatMessage said = new NewChatMessage(ChannelName.parse("room:trade").orElseThrow(),
                born.character().id(), "Aria", "common", MessageText.of("Still here?"), NOW);
        try (PostgresDatabase before = PostgresDatabase.start(schema.settings(), null)) {
            before.accounts().insert(account);
            before.characters().insert(born);
            before.refreshTokens().insert(token);
            before.chatLog().append(said);
        }

        try (PostgresDatabase after = PostgresDatabase.start(schema.settings(), null)) {
            assertThat(after.accounts().findByUsername(account.username())).isPresent();
            assertThat(after.characters().findByAccount(account.id())).hasSize(1);
            assertThat(after.characters().familyOf(born.family().id())).isPresent();
            assertThat(after.refreshTokens().rotate(token.fingerprint(), "fp-" + UUID.randomUUID(),
                    NOW.plusSeconds(7200), NOW.plusSeconds(1))).isInstanceOf(Rotation.Rotated.class);
            assertThat(after.chatLog().after(said.channel(), 0, 10)).containsExactly(said.stored(1));
            assertThat(after.chatLog().append(said).seq()).isEqualTo(2);
        }
    }

    @Test
    void the_probe_reports_up_while_the_database_runs_and_down_once_it_is_closed() {
        PostgresDatabase database = PostgresDatabase.start(schema.settings(), null);
        assertThat(database.probe().name()).isEqualTo("postgresql");
        assertThat(database.probe().isUp()).isTrue();

        database.close();

        assertThat(database.probe().isUp()).isFalse();
    }

    @Test
    void the_adapters_fail_as_infrastructure_once_the_database_is_closed() {
        PostgresDatabase database = PostgresDatabase.start(schema.settings(), null);
        database.close();

        assertThatThrownBy(() -> database.accounts().findByUsername(ContractFixtures.aUsername()))
                .isInstanceOfSatisfying(InfrastructureException.class,
                        e -> assertThat(e.dependency()).isEqualTo("postgresql"));
    }

    @Test
    void a_server_that_does_not_answer_is_an_infrastructure_failure_at_start() {
        PostgresSettings nowhere = new PostgresSettings("jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2",
                "postgres", "", schema.settings().schema(), 2);

        assertThatThrownBy(() -> PostgresDatabase.start(nowhere, null))
                .isInstanceOfSatisfying(InfrastructureException.class,
                        e -> assertThat(e.dependency()).isEqualTo("postgresql"));
    }

    @Test
    void the_pool_reports_its_connections_to_the_meter_registry() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        try (PostgresDatabase database = PostgresDatabase.start(schema.settings(), metrics)) {
            database.probe().isUp();

            assertThat(metrics.find("hikaricp.connections").tag("pool", "kinrealm-postgres").gauge()).isNotNull();
            assertThat(metrics.find("hikaricp.connections.max").gauge().value()).isEqualTo(10);
        }
    }
}
