package io.kinrealm.bootstrap.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.client.KinrealmClient;
import io.kinrealm.adapters.client.KinrealmError;
import io.kinrealm.adapters.client.ServerEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A family's channel is open to its owner and its accepted kin wherever they are connected: what happens to Aria's
 * family on node one reaches Brann, her kin, on node two, as does where Cael stands once Brann is his kin too; a
 * stranger is refused the channel.
 */
class KinAcrossNodesTest extends TwoNodeTest {
    private static final String BOND_CHANGED = "family.bond_changed";
    private static final String POSITIONS = "family.positions";

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
    void where_cael_stands_reported_on_node_one_reaches_his_kin_on_node_two_and_is_read_on_either() {
        cluster.rest(1).actAs(cael, family(cael) + "/kin", Map.of("characterId", brann.characterId()), 201);
        cluster.rest(2).actAs(brann, family(cael) + "/kin/accept", Map.of(), 200);
        KinrealmClient kin = cluster.signedIn(2, brann);
        Received kinSaw = Received.by(kin);
        Chat.join(kin, cael.familyChannel());
        KinrealmClient head = cluster.signedIn(1, cael);

        assertThat(head.reportPosition("5.12.130.77", 40.5, 12).join().path("accepted").asBoolean()).isTrue();
        kinSaw.await(POSITIONS, cael.familyChannel());

        JsonNode seen = kinSaw.events(POSITIONS, cael.familyChannel()).getFirst().d().path("positions");
        assertThat(seen).extracting(p -> p.path("who").asText()).containsExactly("character", "ashnar", "iril");
        assertThat(seen.get(0).path("section").asText()).isEqualTo("5.12.130.77");
        assertThat(seen.get(0).path("x").asDouble()).isEqualTo(40.5);
        JsonNode readOnTwo = cluster.rest(2).getAs(brann, family(cael) + "/positions").path("positions");
        assertThat(readOnTwo.get(0).path("characterId").asText()).isEqualTo(cael.characterId());
        assertThat(readOnTwo.get(0).path("y").asDouble()).isEqualTo(12.0);
    }

    @Test
    void a_stranger_is_refused_another_familys_channel() {
        KinrealmClient stranger = cluster.signedIn(1, cael);

        assertThatThrownBy(() -> Chat.join(stranger, aria.familyChannel()))
                .isInstanceOfSatisfying(KinrealmError.class,
                        error -> assertThat(error.code()).isEqualTo("channel_forbidden"));
    }
}
