package io.kinrealm.application.chat;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.chat.port.in.CatchUpUseCase;
import io.kinrealm.application.chat.port.in.ChatHistoryUseCase;
import io.kinrealm.application.chat.port.in.ChatMessageView;
import io.kinrealm.application.chat.port.in.JoinChannelUseCase;
import io.kinrealm.application.chat.port.in.ReplayChannelUseCase;
import io.kinrealm.application.chat.port.in.SendChatMessageUseCase;
import io.kinrealm.application.chat.port.out.ChannelAccessPolicy;
import io.kinrealm.application.chat.port.out.ChatLog;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.chat.ChannelName;
import io.kinrealm.domain.chat.ChatMessage;
import io.kinrealm.domain.chat.MessageText;
import io.kinrealm.domain.chat.NewChatMessage;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Channels and their messages: joining under the access policy, sending, history and catch-up. */
public final class ChatService implements JoinChannelUseCase, SendChatMessageUseCase, ChatHistoryUseCase,
        CatchUpUseCase, ReplayChannelUseCase {
    private static final int MAX_PAGE = 100;
    private static final int DEFAULT_PAGE = 50;

    private final Characters characters;
    private final ChatLog log;
    private final EventBus bus;
    private final ChannelAccessPolicy access;
    private final GameClock clock;
    private final Set<String> languages;
    private final int maxCatchUp;

    public ChatService(Characters characters, ChatLog log, EventBus bus, ChannelAccessPolicy access, GameClock clock,
                       Set<String> languages, int maxCatchUp) {
        this.characters = characters;
        this.log = log;
        this.bus = bus;
        this.access = access;
        this.clock = clock;
        this.languages = Set.copyOf(languages);
        this.maxCatchUp = maxCatchUp;
    }

    @Override
    public Outcome<JoinedChannel> join(CharacterId who, String channel) {
        return allowed(who, channel).map(name -> new JoinedChannel(name.value(), log.lastSeq(name)));
    }

    @Override
    public Outcome<ChatMessageView> send(SendChatMessage command) {
        String language = command.language() == null ? "common" : command.language();
        List<FieldProblem> problems = new ArrayList<>();
        MessageText.problem(command.text()).ifPresent(problems::add);
        if (!languages.contains(language)) {
            problems.add(new FieldProblem("lang", "unknown", "Write in one of: " + String.join(", ",
                    languages.stream().sorted().toList()) + "."));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        return member(command.sender(), command.channel()).map(found -> {
            ChatMessage stored = log.append(new NewChatMessage(found.channel(), found.character().id(),
                    found.character().name().value(), language, MessageText.of(command.text()), clock.now()));
            ChatMessageView view = ChatMessageView.of(stored);
            bus.publish(new ChannelEvent(stored.channel().value(), EventNames.CHAT_MESSAGE, stored.seq(), view.asEventData()));
            return view;
        });
    }

    @Override
    public Outcome<List<ChatMessageView>> history(CharacterId reader, String channel, long beforeSeq, int limit) {
        if (limit < 0 || limit > MAX_PAGE) {
            return Outcome.invalid(List.of(new FieldProblem("limit", "range", "A page has 1 to 100 messages.")));
        }
        int page = limit == 0 ? DEFAULT_PAGE : limit;
        long before = beforeSeq <= 0 ? Long.MAX_VALUE : beforeSeq;
        return allowed(reader, channel).map(name -> log.before(name, before, page).stream()
                .map(ChatMessageView::of).toList());
    }

    @Override
    public Outcome<CatchUp> catchUp(CharacterId who, String channel, long lastSeenSeq) {
        return allowed(who, channel).map(name -> {
            long last = log.lastSeq(name);
            List<ChatMessage> missed = lastSeenSeq < 0 || lastSeenSeq > last ? List.of()
                    : log.after(name, lastSeenSeq, maxCatchUp + 1);
            boolean complete = lastSeenSeq >= 0 && lastSeenSeq <= last && missed.size() <= maxCatchUp
                    && (missed.isEmpty() ? lastSeenSeq == last : missed.getFirst().seq() == lastSeenSeq + 1);
            List<ChatMessageView> replay = complete ? missed.stream().map(ChatMessageView::of).toList() : List.of();
            long newest = complete && !missed.isEmpty() ? missed.getLast().seq() : last;
            return new CatchUp(name.value(), complete, replay, newest);
        });
    }

    @Override
    public List<ChatMessageView> replay(String channel, long afterSeq, int limit) {
        return ChannelName.parse(channel).map(name -> log.after(name, afterSeq, Math.max(1, limit)).stream()
                .map(ChatMessageView::of).toList()).orElse(List.of());
    }

    private Outcome<ChannelName> allowed(CharacterId who, String channel) {
        return member(who, channel).map(Membership::channel);
    }

    private Outcome<Membership> member(CharacterId who, String channel) {
        Optional<ChannelName> name = ChannelName.parse(channel);
        if (name.isEmpty()) {
            return Outcome.invalid(List.of(new FieldProblem("ch", "unknown_channel",
                    "Channels are global, room:<name>, family:<id>, guild:<id>, party:<id>, faction:<f>, civ:<c>,"
                            + " dm:<a>:<b> or combat:<id>.")));
        }
        Optional<Character> character = characters.findById(who);
        if (character.isEmpty()) {
            return Outcome.rejected(Refusal.CHARACTER_NOT_FOUND, "No character has this id.");
        }
        return access.mayJoin(character.get(), name.get()).map(ok -> new Membership(character.get(), ok));
    }

    private record Membership(Character character, ChannelName channel) {
    }
}
