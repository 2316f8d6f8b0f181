package io.kinrealm.adapters.postgres;

import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.MessageText;
import io.kinrealm.domain.chat.NewChatMessage;
import io.kinrealm.domain.shared.CharacterId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Chat messages in table {@code chat_messages}, numbered through {@code channel_sequences}. An append bumps the
 * channel's row ({@code INSERT ... ON CONFLICT DO UPDATE ... RETURNING}) and inserts the message in the same
 * transaction: concurrent appends on any node queue on that row lock and commit in number order, and an append that
 * fails takes its number back, so numbers have no gaps. Every message is kept; times are kept to the microsecond.
 */
public final class JdbiChatLog implements ChatLog {
    private static final String COLUMNS = "seq, sender, sender_name, lang, text, sent_at";

    private final Jdbi jdbi;

    JdbiChatLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ChatMessage append(NewChatMessage message) {
        return Sql.guarded("storing a chat message", () -> jdbi.inTransaction(handle -> {
            long seq = handle.createQuery("""
                            INSERT INTO channel_sequences (channel, last_seq) VALUES (:channel, 1)
                            ON CONFLICT (channel) DO UPDATE SET last_seq = channel_sequences.last_seq + 1
                            RETURNING last_seq""")
                    .bind("channel", message.channel().value())
                    .mapTo(Long.class)
                    .one();
            ChatMessage stored = new ChatMessage(message.channel(), seq, message.sender(), message.senderName(),
                    message.language(), message.text(), message.sentAt().truncatedTo(ChronoUnit.MICROS));
            insert(handle, stored);
            return stored;
        }));
    }

    @Override
    public List<ChatMessage> before(ChannelName channel, long beforeSeq, int limit) {
        return page(channel, "seq < :seq ORDER BY seq DESC", beforeSeq, limit);
    }

    @Override
    public List<ChatMessage> after(ChannelName channel, long afterSeq, int limit) {
        return page(channel, "seq > :seq ORDER BY seq", afterSeq, limit);
    }

    @Override
    public long lastSeq(ChannelName channel) {
        return Sql.guarded("reading a channel's last message number", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT last_seq FROM channel_sequences WHERE channel = :channel")
                .bind("channel", channel.value())
                .mapTo(Long.class)
                .findOne()
                .orElse(0L)));
    }

    private List<ChatMessage> page(ChannelName channel, String condition, long seq, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return Sql.guarded("reading chat messages", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM chat_messages WHERE channel = :channel AND " + condition
                        + " LIMIT :limit")
                .bind("channel", channel.value())
                .bind("seq", seq)
                .bind("limit", limit)
                .map((row, context) -> message(channel, row))
                .list()));
    }

    private static void insert(Handle handle, ChatMessage message) {
        handle.createUpdate("""
                        INSERT INTO chat_messages (channel, seq, sender, sender_name, lang, text, sent_at)
                        VALUES (:channel, :seq, :sender, :senderName, :lang, :text, :sentAt)""")
                .bind("channel", message.channel().value())
                .bind("seq", message.seq())
                .bind("sender", message.sender().value())
                .bind("senderName", message.senderName())
                .bind("lang", message.language())
                .bind("text", message.text().value())
                .bind("sentAt", Sql.utc(message.sentAt()))
                .execute();
    }

    private static ChatMessage message(ChannelName channel, ResultSet row) throws SQLException {
        return new ChatMessage(channel, row.getLong("seq"), new CharacterId(Sql.uuid(row, "sender")),
                row.getString("sender_name"), row.getString("lang"), new MessageText(row.getString("text")),
                Sql.instant(row, "sent_at"));
    }
}
