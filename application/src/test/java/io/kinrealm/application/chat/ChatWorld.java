package io.kinrealm.application.chat;

import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase.SendChatMessage;
import io.kinrealm.application.fakes.TestCore;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.Outcome;
import java.util.stream.IntStream;

/**
 * A small world for the chat tests: Mira plays Aria, a Drakari; Tomas plays Brann, a Solari, and Cael, a Drakari.
 * Every character heads a family of its own.
 */
final class ChatWorld {
    final TestCore kinrealm;
    final CharacterView aria;
    final CharacterView brann;
    final CharacterView cael;

    ChatWorld() {
        this(new TestCore());
    }

    ChatWorld(TestCore kinrealm) {
        this.kinrealm = kinrealm;
        AccountId mira = kinrealm.register("Mira", "dragonfire-oath");
        AccountId tomas = kinrealm.register("Tomas", "sunlit-vows-42");
        this.aria = kinrealm.createCharacter(mira, "Aria", "drakari");
        this.brann = kinrealm.createCharacter(tomas, "Brann", "solari");
        this.cael = kinrealm.createCharacter(tomas, "Cael", "drakari");
    }

    static CharacterId id(CharacterView character) {
        return CharacterId.parse(character.id()).orElseThrow();
    }

    static String familyChannelOf(CharacterView character) {
        return "family:" + character.familyId();
    }

    Outcome<ChatMessageView> send(CharacterView sender, String channel, String text, String language) {
        return kinrealm.core.sendChatMessage().send(new SendChatMessage(id(sender), channel, text, language));
    }

    /** The character says something in Common; fails the test if it is refused. */
    ChatMessageView say(CharacterView sender, String channel, String text) {
        return TestCore.done(send(sender, channel, text, null));
    }

    /** The character says "message 1" to "message n" in turn. */
    void sayNumbered(CharacterView sender, String channel, int count) {
        IntStream.rangeClosed(1, count).forEach(n -> say(sender, channel, "message " + n));
    }
}
