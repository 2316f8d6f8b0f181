package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kinrealm.application.family.port.in.GiveGiftUseCase.GiveGift;
import io.kinrealm.application.family.port.in.LearnLanguageUseCase.LearnLanguage;
import io.kinrealm.application.family.port.in.RecordDeedUseCase.RecordDeed;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.character.Character;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nodes learn when a character may read chat differently, so live connections render for who it is now. */
class ReaderChangesTest {
    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");

    private List<ChannelEvent> readerChanges() {
        return world.bus.publishedOn(EventNames.READERS_CHANNEL);
    }

    @Test
    void learning_a_tongue_is_announced() {
        done(world.languages.learn(new LearnLanguage(aria.id(), "solic", 30)));

        assertThat(readerChanges()).extracting(ChannelEvent::name, ChannelEvent::data).containsExactly(
                tuple(EventNames.READER_CHANGED,
                        Map.of("characterId", aria.id().toString())));
    }

    @Test
    void a_deed_that_drops_the_bond_with_iril_below_close_is_announced() {
        done(world.divine.record(new RecordDeed(aria.id(), "break_oath")));

        assertThat(readerChanges()).hasSize(1);
    }

    @Test
    void a_gift_that_leaves_every_tier_as_it_was_is_not() {
        done(world.family.give(new GiveGift(aria.id(), aria.familyId(), "iril")));

        assertThat(readerChanges()).isEmpty();
    }
}
