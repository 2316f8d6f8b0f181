package io.kinrealm.application.family;

import static io.kinrealm.application.fakes.TestCore.done;
import static io.kinrealm.application.fakes.TestCore.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.application.family.port.in.GiveGiftUseCase.GiveGift;
import io.kinrealm.application.family.port.in.RenderTextUseCase.RenderText;
import io.kinrealm.application.family.port.in.RenderedTextView;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Refusal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RenderTextTest {
    private static final String GREETING = "Welcome, travellers of the sunlit road!";

    private final FamilyWorld world = new FamilyWorld();
    private final Character aria = world.born("Aria", "drakari");

    private RenderedTextView render(Character reader, String language) {
        return done(world.languages.render(new RenderText(reader.id(), GREETING, language)));
    }

    /** Ten days alone bring every bond below Close: Iril no longer translates. */
    private void neglectTheFamily() {
        world.clock.advance(Duration.ofDays(10));
    }

    @Test
    void a_text_in_the_readers_native_tongue_reads_as_written() {
        neglectTheFamily();

        assertThat(render(aria, "draconic")).isEqualTo(new RenderedTextView(GREETING, "draconic", false, true));
    }

    @Test
    void a_text_in_common_reads_as_written_for_everyone() {
        assertThat(render(aria, "common")).isEqualTo(new RenderedTextView(GREETING, "common", false, true));
    }

    @Test
    void without_iril_a_text_in_an_unknown_tongue_shows_foreign_words_keeping_the_punctuation() {
        neglectTheFamily();

        RenderedTextView seen = render(aria, "solic");

        assertThat(seen.text()).isNotEqualTo(GREETING).contains(", ").endsWith("!");
        assertThat(seen.translated()).isFalse();
        assertThat(seen.fullyUnderstood()).isFalse();
    }

    @Test
    void iril_translates_again_as_soon_as_the_bond_with_her_is_close() {
        neglectTheFamily();
        world.family.give(new GiveGift(aria.id(), aria.familyId(), "iril"));
        assertThat(render(aria, "solic").translated()).isFalse();

        world.family.give(new GiveGift(aria.id(), aria.familyId(), "iril"));

        assertThat(render(aria, "solic")).isEqualTo(new RenderedTextView(GREETING, "solic", true, true));
    }

    @Test
    void a_character_whose_bond_with_iril_is_close_from_birth_has_her_translate() {
        assertThat(render(aria, "noctic").translated()).isTrue();
    }

    @Test
    void an_unknown_language_or_reader_is_refused() {
        assertThat(rejected(world.languages.render(new RenderText(aria.id(), GREETING, "elvish"))).fields())
                .extracting(FieldProblem::field).containsExactly("language");
        assertThat(rejected(world.languages.render(new RenderText(new CharacterId(UUID.randomUUID()), GREETING,
                "solic"))).reason()).isEqualTo(Refusal.CHARACTER_NOT_FOUND);
    }
}
