package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kinrealm.adapters.web.Players.Session;
import io.kinrealm.domain.family.Locatable;
import io.kinrealm.domain.map.Position;
import io.kinrealm.domain.map.SectionPath;
import io.kinrealm.domain.shared.CharacterId;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FamilyRoutesTest {
    private final WebFixture web = WebFixture.start();
    private final Session aria = Players.newPlayer(web, "Aria");
    private final JsonNode created = Players.create(web, aria, "Aria", "drakari");
    private final String ariaId = created.get("character").get("id").asText();
    private final String family = "/api/v1/families/" + created.get("family").get("id").asText();
    private final Session bram = Players.newPlayer(web, "Bram");
    private final String bramId = Players.createCharacter(web, bram, "Bram", "ferric");

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void the_owner_reads_the_family_with_its_bonds_and_companions_and_their_stats() {
        HttpResponse<String> response = web.get(family, aria.actingAs(ariaId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = WebFixture.json(response);
        assertThat(view.get("owner").asText()).isEqualTo(ariaId);
        assertThat(view.get("bonds")).extracting(b -> b.get("pair").asText())
                .containsExactly("player_ashnar", "player_iril", "ashnar_iril");
        assertThat(view.get("companions")).extracting(c -> c.get("order").asText()).containsOnly("follow");
        assertThat(view.get("companions").get(0).get("stats")).hasToString(
                "{\"maxHp\":120,\"attack\":14,\"defence\":10,\"speed\":8}");
    }

    @Test
    void another_players_family_and_a_family_that_does_not_exist_answer_alike() {
        HttpResponse<String> foreign = web.get(family, bram.actingAs(bramId));
        HttpResponse<String> unknown = web.get("/api/v1/families/" + UUID.randomUUID(), bram.actingAs(bramId));

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(withoutRequestId(foreign)).isEqualTo(withoutRequestId(unknown));
        assertThat(WebFixture.json(foreign).get("code").asText()).isEqualTo("not_your_family");
    }

    @Test
    void the_owner_and_kin_read_where_the_family_stands_and_others_learn_nothing() {
        JsonNode none = WebFixture.json(web.get(family + "/positions", aria.actingAs(ariaId)));
        assertThat(none.get("positions")).isEmpty();
        web.positions.put(Locatable.character(CharacterId.parse(ariaId).orElseThrow()),
                new Position(new SectionPath(List.of(5, 12, 130, 77)), 40.5, 3));

        HttpResponse<String> response = web.get(family + "/positions", aria.actingAs(ariaId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = WebFixture.json(response);
        assertThat(view.get("family").asText()).isEqualTo(family.substring(family.lastIndexOf('/') + 1));
        assertThat(view.get("positions")).extracting(p -> p.get("who").asText())
                .containsExactly("character", "ashnar", "iril");
        assertThat(view.get("positions").get(1).get("section").asText()).isEqualTo("5.12.130.77");
        assertThat(view.get("positions").get(1).get("x").asDouble()).isEqualTo(40.5);
        HttpResponse<String> foreign = web.get(family + "/positions", bram.actingAs(bramId));
        HttpResponse<String> unknown = web.get("/api/v1/families/" + UUID.randomUUID() + "/positions",
                bram.actingAs(bramId));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(withoutRequestId(foreign)).isEqualTo(withoutRequestId(unknown));
    }

    @Test
    void reading_a_family_needs_the_acting_character() {
        HttpResponse<String> response = web.get(family, aria.bearer());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).at("/fields/0/field").asText()).isEqualTo("X-Character-Id");
    }

    @Test
    void a_gift_raises_the_bond_with_that_companion_by_five() {
        int before = bond(WebFixture.json(web.get(family, aria.actingAs(ariaId))), "player_ashnar");

        HttpResponse<String> response = web.postJson(family + "/gifts", Map.of("companion", "ashnar"),
                aria.actingAs(ariaId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(bond(WebFixture.json(response), "player_ashnar")).isEqualTo(before + 5);
    }

    @Test
    void a_gift_to_an_unknown_companion_names_the_field() {
        HttpResponse<String> response = web.postJson(family + "/gifts", Map.of("companion", "grog"),
                aria.actingAs(ariaId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).at("/fields/0/field").asText()).isEqualTo("companion");
    }

    @Test
    void only_the_owner_gives_gifts() {
        HttpResponse<String> response = web.postJson(family + "/gifts", Map.of("companion", "iril"),
                bram.actingAs(bramId));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("not_your_family");
    }

    @Test
    void a_granted_kin_reads_the_family_once_it_accepts() {
        HttpResponse<String> granted = web.postJson(family + "/kin", Map.of("characterId", bramId),
                aria.actingAs(ariaId));
        HttpResponse<String> beforeAccepting = web.get(family, bram.actingAs(bramId));
        HttpResponse<String> accepted = web.post(family + "/kin/accept", BodyPublishers.noBody(),
                bram.actingAs(bramId));
        HttpResponse<String> read = web.get(family, bram.actingAs(bramId));

        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(WebFixture.json(granted).get("invited")).extracting(JsonNode::asText).containsExactly(bramId);
        assertThat(beforeAccepting.statusCode()).isEqualTo(404);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(WebFixture.json(read).get("kin")).extracting(JsonNode::asText).containsExactly(bramId);
    }

    @Test
    void a_revoked_kin_no_longer_reads_the_family() {
        web.postJson(family + "/kin", Map.of("characterId", bramId), aria.actingAs(ariaId));
        web.post(family + "/kin/accept", BodyPublishers.noBody(), bram.actingAs(bramId));

        HttpResponse<String> revoked = web.send(web.request(family + "/kin/" + bramId, aria.actingAs(ariaId))
                .DELETE().build());

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(204);
        assertThat(web.get(family, bram.actingAs(bramId)).statusCode()).isEqualTo(404);
    }

    @Test
    void accepting_kin_access_nobody_offered_is_forbidden() {
        HttpResponse<String> response = web.post(family + "/kin/accept", BodyPublishers.noBody(),
                bram.actingAs(bramId));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("not_invited_as_kin");
    }

    @Test
    void a_companion_told_to_stay_shows_it_in_the_family() {
        HttpResponse<String> ordered = web.postJson(family + "/companions/iril/orders", Map.of("order", "stay"),
                aria.actingAs(ariaId));

        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(200);
        assertThat(order(WebFixture.json(web.get(family, aria.actingAs(ariaId))), "iril")).isEqualTo("stay");
        assertThat(order(WebFixture.json(ordered), "ashnar")).isEqualTo("follow");
    }

    @Test
    void an_unknown_order_names_the_field() {
        HttpResponse<String> response = web.postJson(family + "/companions/ashnar/orders", Map.of("order", "sit"),
                aria.actingAs(ariaId));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).at("/fields/0/field").asText()).isEqualTo("order");
    }

    private static int bond(JsonNode view, String pair) {
        for (JsonNode bond : view.get("bonds")) {
            if (bond.get("pair").asText().equals(pair)) {
                return bond.get("value").asInt();
            }
        }
        throw new AssertionError("no bond " + pair + " in " + view);
    }

    private static String order(JsonNode view, String companion) {
        for (JsonNode entry : view.get("companions")) {
            if (entry.get("name").asText().equals(companion)) {
                return entry.get("order").asText();
            }
        }
        throw new AssertionError("no companion " + companion + " in " + view);
    }

    private static JsonNode withoutRequestId(HttpResponse<String> response) {
        ObjectNode body = (ObjectNode) WebFixture.json(response);
        body.remove("requestId");
        return body;
    }
}
