package io.kinrealm.adapters.web.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.application.realtime.port.out.EventNames;
import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.language.ReaderProfile;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A chat message in a racial tongue is rendered once per comprehension profile, not once per reader. */
class RenderedChatTest {
    private static final Language DRACONIC = new Language("draconic", "Draconic");
    private static final Language TERRAN = new Language("terran", "Terran");
    private final Frames frames = new Frames(WsClient.JSON);

    @Test
    void readers_of_equal_profiles_share_one_frame() {
        Delivery delivery = frames.delivery(message("draconic"));
        ReaderProfile terran = reader(TERRAN);
        ReaderProfile otherTerran = reader(TERRAN);

        Frame first = delivery.frameFor(terran);
        Frame second = delivery.frameFor(otherTerran);
        Frame drakari = delivery.frameFor(reader(DRACONIC));

        assertThat(second).isSameAs(first);
        assertThat(drakari.text()).contains("Guard the Nest").isNotEqualTo(first.text());
        assertThat(first.text()).doesNotContain("Guard the Nest");
        assertThat(((RenderedChat) delivery).renderings()).isEqualTo(2);
    }

    @Test
    void a_message_in_common_is_one_frame_for_everyone() {
        Delivery delivery = frames.delivery(message("common"));

        assertThat(delivery.frameFor(reader(TERRAN))).isSameAs(delivery.frameFor(reader(DRACONIC)));
        assertThat(delivery.frameFor(reader(TERRAN)).text()).contains("Guard the Nest");
    }

    private static ChannelEvent message(String language) {
        return new ChannelEvent("room:nest", EventNames.CHAT_MESSAGE, 7,
                Map.of("lang", language, "text", "Guard the Nest!"));
    }

    private static ReaderProfile reader(Language nativeTongue) {
        CharacterId id = CharacterId.parse(UUID.randomUUID().toString()).orElseThrow();
        return new ReaderProfile(Tongues.atBirth(id, nativeTongue), false);
    }
}
