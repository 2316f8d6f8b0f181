package io.kinrealm.application.family.port.in;

import java.util.List;

/**
 * How well a character knows every language of the world, Common first, then the civilizations' tongues.
 *
 * @param character the character's id
 * @param languages every language with the character's proficiency in it (0 for one it never learned)
 */
public record LanguagesView(String character, List<LanguageView> languages) {
    public LanguagesView {
        languages = List.copyOf(languages);
    }

    /** One language ({@code draconic}, {@code Draconic}) and the proficiency 0-100 in it. */
    public record LanguageView(String id, String name, int proficiency) {
    }
}
