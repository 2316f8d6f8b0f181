package io.kinrealm.adapters.web;

import io.kinrealm.application.account.port.in.AuthenticateUseCase;
import io.kinrealm.application.account.port.in.GetMyAccountUseCase;
import io.kinrealm.application.account.port.in.GrantRoleUseCase;
import io.kinrealm.application.account.port.in.LogInUseCase;
import io.kinrealm.application.account.port.in.LogOutUseCase;
import io.kinrealm.application.account.port.in.RefreshSessionUseCase;
import io.kinrealm.application.account.port.in.RegisterAccountUseCase;
import io.kinrealm.application.account.port.in.RevokeRoleUseCase;
import io.kinrealm.application.audit.port.in.ReadAuditLogUseCase;
import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase;
import io.kinrealm.application.character.port.in.GetCharacterUseCase;
import io.kinrealm.application.character.port.in.ListCivilizationsUseCase;
import io.kinrealm.application.character.port.in.ListMyCharactersUseCase;
import io.kinrealm.application.chat.port.in.CatchUpUseCase;
import io.kinrealm.application.chat.port.in.ChatHistoryUseCase;
import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase;
import io.kinrealm.application.health.port.in.CheckReadinessUseCase;
import io.kinrealm.application.presence.port.in.PresenceUseCase;
import io.kinrealm.application.ratelimit.port.in.ThrottleUseCase;
import io.kinrealm.application.realtime.port.out.EventBus;
import java.util.Objects;

/**
 * What the HTTP server drives: every use case of the REST API and of the WebSocket gateway, the event bus the
 * gateway subscribes to per channel (it only listens; the core publishes), and the use cases of families, divine
 * alignment and languages, and operators' role grants and revocations and their reading of the audit log. A server
 * hands in the ones its core assembled; a test may hand in its own implementation of any one of them.
 */
public record WebUseCases(RegisterAccountUseCase registerAccount, GetMyAccountUseCase getMyAccount,
                          LogInUseCase logIn, RefreshSessionUseCase refreshSession, LogOutUseCase logOut,
                          AuthenticateUseCase authenticate, CreateCharacterUseCase createCharacter,
                          GetCharacterUseCase getCharacter, ListMyCharactersUseCase listMyCharacters,
                          ListCivilizationsUseCase listCivilizations, ActAsCharacterUseCase actAsCharacter,
                          ThrottleUseCase throttle, CheckReadinessUseCase checkReadiness,
                          JoinChannelUseCase joinChannel, SendChatMessageUseCase sendChatMessage,
                          ChatHistoryUseCase chatHistory, CatchUpUseCase catchUp, ReplayChannelUseCase replayChannel,
                          PresenceUseCase presence, EventBus eventBus, WebFamilyUseCases families,
                          GrantRoleUseCase grantRole, RevokeRoleUseCase revokeRole,
                          ReadAuditLogUseCase auditLog) {
    public WebUseCases {
        Objects.requireNonNull(registerAccount, "registerAccount");
        Objects.requireNonNull(getMyAccount, "getMyAccount");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(refreshSession, "refreshSession");
        Objects.requireNonNull(logOut, "logOut");
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(createCharacter, "createCharacter");
        Objects.requireNonNull(getCharacter, "getCharacter");
        Objects.requireNonNull(listMyCharacters, "listMyCharacters");
        Objects.requireNonNull(listCivilizations, "listCivilizations");
        Objects.requireNonNull(actAsCharacter, "actAsCharacter");
        Objects.requireNonNull(throttle, "throttle");
        Objects.requireNonNull(checkReadiness, "checkReadiness");
        Objects.requireNonNull(joinChannel, "joinChannel");
        Objects.requireNonNull(sendChatMessage, "sendChatMessage");
        Objects.requireNonNull(chatHistory, "chatHistory");
        Objects.requireNonNull(catchUp, "catchUp");
        Objects.requireNonNull(replayChannel, "replayChannel");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(eventBus, "eventBus");
        Objects.requireNonNull(families, "families");
        Objects.requireNonNull(grantRole, "grantRole");
        Objects.requireNonNull(revokeRole, "revokeRole");
        Objects.requireNonNull(auditLog, "auditLog");
    }
}
