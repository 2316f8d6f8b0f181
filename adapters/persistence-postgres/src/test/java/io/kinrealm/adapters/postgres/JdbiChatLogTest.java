package io.kinrealm.adapters.postgres;

import static io.kinrealm.testing.contract.ContractFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.MessageText;
import io.kinrealm.domain.chat.NewChatMessage;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.testing.contract.ChatLogContract;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SharedDatabase.class)
class JdbiChatLogTest extends ChatLogContract {
    private final PostgresDatabase database;

    JdbiChatLogTest(PostgresDatabase database) {
        this.database = database;
    }

    @Override
    protected ChatLog newChatLog() {
        return database.chatLog();
    }

    @Test
    void a_time_finer_than_a_microsecond_is_answered_as_it_is_kept() {
        ChannelName channel = aChannel();
        NewChatMessage sent = new NewChatMessage(channel, new CharacterId(UUID.randomUUID()), "Aria", "common",
                MessageText.of("Well met"), NOW.plusNanos(999));

        ChatMessage stored = database.chatLog().append(sent);

        assertThat(stored.sentAt()).isEqualTo(NOW);
        assertThat(database.chatLog().after(channel, 0, 1)).containsExactly(stored);
    }
}
