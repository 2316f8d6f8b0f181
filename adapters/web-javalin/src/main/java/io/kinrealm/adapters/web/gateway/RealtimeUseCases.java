package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.application.character.port.in.GetCharacterUseCase;
import io.kinrealm.application.chat.port.in.CatchUpUseCase;
import io.kinrealm.application.chat.port.in.ChatHistoryUseCase;
import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase;
import io.kinrealm.application.family.port.in.FlushPositionsUseCase;
import io.kinrealm.application.family.port.in.ReaderProfileUseCase;
import io.kinrealm.application.family.port.in.ReportPositionUseCase;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.Objects;

/**
 * What the gateway drives: the use cases behind its operations, and the event bus it subscribes to for the
 * channels its connections are on (it never publishes; the core does).
 */
public record RealtimeUseCases(AuthenticateUseCase authenticate, ActAsCharacterUseCase actAsCharacter,
                               GetCharacterUseCase getCharacter, JoinChannelUseCase joinChannel,
                               SendChatMessageUseCase sendChatMessage, ChatHistoryUseCase chatHistory,
                               CatchUpUseCase catchUp, ReplayChannelUseCase replayChannel, PresenceUseCase presence,
                               EventBus eventBus, ReaderProfileUseCase readerProfile,
                               ReportPositionUseCase reportPosition, FlushPositionsUseCase flushPositions) {
    public RealtimeUseCases {
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(actAsCharacter, "actAsCharacter");
        Objects.requireNonNull(getCharacter, "getCharacter");
        Objects.requireNonNull(joinChannel, "joinChannel");
        Objects.requireNonNull(sendChatMessage, "sendChatMessage");
        Objects.requireNonNull(chatHistory, "chatHistory");
        Objects.requireNonNull(catchUp, "catchUp");
        Objects.requireNonNull(replayChannel, "replayChannel");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(eventBus, "eventBus");
        Objects.requireNonNull(readerProfile, "readerProfile");
        Objects.requireNonNull(reportPosition, "reportPosition");
        Objects.requireNonNull(flushPositions, "flushPositions");
    }
}
