package io.kinrealm.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kinrealm.adapters.security.JwtTokenIssuer;
import io.kinrealm.adapters.web.Players.Session;
import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.account.LoginId;
import io.kinrealm.domain.account.Role;
import io.kinrealm.domain.shared.AccountId;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StandingRoutesTest {
    private final WebFixture web = WebFixture.start();
    private final Session aria = Players.newPlayer(web, "Aria");
    private final String ariaId = Players.createCharacter(web, aria, "Aria", "drakari");
    private final Session bram = Players.newPlayer(web, "Bram");
    private final String bramId = Players.createCharacter(web, bram, "Bram", "ferric");

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void any_player_reads_a_characters_alignment() {
        HttpResponse<String> response = web.get(alignment(ariaId), bram.bearer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = WebFixture.json(response);
        assertThat(view.at("/points/chaos").asInt()).isEqualTo(20);
        assertThat(view.at("/percents/chaos").asInt()).isEqualTo(100);
        assertThat(view.get("dominant").asText()).isEqualTo("chaos");
    }

    @Test
    void the_alignment_of_an_unknown_character_is_not_found() {
        HttpResponse<String> response = web.get(alignment(UUID.randomUUID().toString()), bram.bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("character_not_found");
    }

    @Test
    void a_player_who_is_not_an_operator_cannot_record_a_deed() {
        HttpResponse<String> response = web.postJson(deeds(ariaId), Map.of("deed", "keep_oath"), aria.bearer());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("operators_only");
        assertThat(WebFixture.json(web.get(alignment(ariaId), aria.bearer())).at("/points/order").asInt())
                .isZero();
    }

    @Test
    void an_operator_records_a_deed_and_the_shares_still_add_up_to_one_hundred() {
        HttpResponse<String> response = web.postJson(deeds(ariaId), Map.of("deed", "keep_oath"), operator());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode view = WebFixture.json(response);
        assertThat(view.at("/points/order").asInt()).isEqualTo(10);
        JsonNode percents = WebFixture.json(web.get(alignment(ariaId), bram.bearer())).get("percents");
        assertThat(percents.at("/order").asInt()).isPositive();
        assertThat(percents.at("/order").asInt() + percents.at("/chaos").asInt() + percents.at("/void").asInt())
                .isEqualTo(100);
    }

    @Test
    void a_deed_missing_from_the_catalog_is_refused() {
        HttpResponse<String> response = web.postJson(deeds(ariaId), Map.of("deed", "juggle"), operator());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("unknown_deed");
    }

    @Test
    void a_player_reads_the_languages_of_the_character_it_acts_as() {
        HttpResponse<String> response = web.get(languages(ariaId), aria.actingAs(ariaId));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode languages = WebFixture.json(response).get("languages");
        assertThat(languages.get(0).get("id").asText()).isEqualTo("common");
        assertThat(languages).filteredOn(l -> l.get("id").asText().equals("draconic"))
                .extracting(l -> l.get("proficiency").asInt()).containsExactly(100);
    }

    @Test
    void the_languages_of_another_character_are_forbidden() {
        HttpResponse<String> response = web.get(languages(bramId), aria.actingAs(ariaId));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(WebFixture.json(response).get("code").asText()).isEqualTo("not_your_character");
    }

    /** An operator's headers: role assignment comes later, so the token is minted with the role directly. */
    private String[] operator() {
        JsonNode account = Players.register(web, "Olwen");
        Principal principal = new Principal(AccountId.of(account.get("id").asText()), "Olwen",
                Set.of(Role.PLAYER, Role.OPERATOR), new LoginId(UUID.randomUUID()));
        String token = new JwtTokenIssuer(WebFixture.SECRET, "kinrealm", "kinrealm-api")
                .issueAccessToken(principal, web.clock.now(), web.clock.now().plus(Duration.ofMinutes(15)));
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static String alignment(String character) {
        return "/api/v1/characters/" + character + "/alignment";
    }

    private static String deeds(String character) {
        return "/api/v1/characters/" + character + "/deeds";
    }

    private static String languages(String character) {
        return "/api/v1/characters/" + character + "/languages";
    }
}
