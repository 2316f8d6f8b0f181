package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.adapters.client.KinrealmError;
import io.kinrealm.adapters.client.ServerEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A family's channel is open to its owner and its accepted kin wherever they are connected: what happens to Aria's
 * family on node one reaches Brann, her kin, on node two; a stranger is refused the channel.
 */
class KinAcrossNodesTest extends TwoNodeTest {
    private static final String BOND_CHANGED = "family.bond_changed";

    private static String family(Player owner) {
        return "/api/v1/families/" + owner.familyId();
    }

    @Test
    void a_gift_given_on_node_one_reaches_accepted_kin_connected_to_node_two() {
        cluster.rest(1).actAs(aria, family(aria) + "/kin", Map.of("characterId", brann.characterId()), 201);
        cluster.rest(2).actAs(brann, family(aria) + "/kin/accept", Map.of(), 200);
        KinrealmClient kin = cluster.signedIn(2, brann);
        Received kinSaw = Received.by(kin);
        Chat.join(kin, aria.familyChannel());

        cluster.rest(1).actAs(aria, family(aria) + "/gifts", Map.of("companion", "iril"), 200);
        kinSaw.await(BOND_CHANGED, aria.familyChannel());

        ServerEvent changed = kinSaw.events(BOND_CHANGED, aria.familyChannel()).getFirst();
        assertThat(changed.d().path("pair").asText()).isEqualTo("player_iril");
        assertThat(changed.d().path("from").asInt()).isEqualTo(50);
        assertThat(changed.d().path("to").asInt()).isEqualTo(55);
    }

    @Test
    void a_stranger_is_refused_another_familys_channel() {
        KinrealmClient stranger = cluster.signedIn(1, cael);

        assertThatThrownBy(() -> Chat.join(stranger, aria.familyChannel()))
                .isInstanceOfSatisfying(KinrealmError.class,
                        error -> assertThat(error.code()).isEqualTo("channel_forbidden"));
    }
}
