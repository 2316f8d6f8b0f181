package io.kinrealm.application.family;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.in.LanguagesView;
import io.kinrealm.application.family.port.in.LearnLanguageUseCase;
import io.kinrealm.application.family.port.in.ReadLanguagesUseCase;
import io.kinrealm.application.family.port.in.ReaderProfileUseCase;
import io.kinrealm.application.family.port.in.RenderTextUseCase;
import io.kinrealm.application.family.port.in.RenderedTextView;
import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.civilization.Civilization;
import io.kinrealm.domain.civilization.Language;
import io.kinrealm.domain.family.FamilyEffect;
import io.kinrealm.domain.language.ReaderProfile;
import io.kinrealm.domain.language.Rendering;
import io.kinrealm.domain.language.TextRenderer;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages characters speak: learning them, reading how well they are known, and rendering a text for one
 * reader, translated by Iril when the reader's bond with her is Close or better at the moment of reading.
 */
public final class LanguageService implements LearnLanguageUseCase, ReadLanguagesUseCase, RenderTextUseCase,
        ReaderProfileUseCase {
    private final Characters characters;
    private final SpokenTongues tongues;
    private final FamilyLookup families;
    private final FamilyChannel channel;
    private final GameClock clock;
    private final RuleBook rules;
    private final TextRenderer renderer;
    private final Map<String, Language> languages = new LinkedHashMap<>();

    public LanguageService(Characters characters, SpokenTongues tongues, Families families, EventBus bus,
                           GameClock clock, RuleBook rules, TextRenderer renderer) {
        this.characters = characters;
        this.channel = new FamilyChannel(bus);
        this.tongues = tongues;
        this.families = new FamilyLookup(families, characters, rules.families());
        this.clock = clock;
        this.rules = rules;
        this.renderer = renderer;
        languages.put(Language.COMMON.id(), Language.COMMON);
        rules.civilizations().all().forEach(civ -> languages.putIfAbsent(civ.nativeTongue().id(), civ.nativeTongue()));
    }

    @Override
    public Outcome<LanguagesView.LanguageView> learn(LearnLanguage command) {
        List<FieldProblem> problems = new ArrayList<>();
        languageProblem(command.language()).ifPresent(problems::add);
        if (command.points() < 1) {
            problems.add(new FieldProblem("points", "too_small", "Learning takes at least 1 point."));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        Language language = languages.get(command.language());
        return character(command.character()).map(character -> {
            Tongues.Learning learning = tonguesOf(character).learn(language, command.points(), clock.now());
            tongues.save(learning.tongues());
            channel.readerChanged(character.id());
            return new LanguagesView.LanguageView(language.id(), language.name(), learning.event().after().value());
        });
    }

    @Override
    public Outcome<LanguagesView> read(ReadLanguages query) {
        return character(query.character()).map(character -> {
            Tongues spoken = tonguesOf(character);
            return new LanguagesView(character.id().toString(), languages.values().stream()
                    .map(l -> new LanguagesView.LanguageView(l.id(), l.name(), spoken.in(l.id()).value())).toList());
        });
    }

    @Override
    public Outcome<RenderedTextView> render(RenderText query) {
        List<FieldProblem> problems = new ArrayList<>();
        languageProblem(query.language()).ifPresent(problems::add);
        if (query.text() == null) {
            problems.add(new FieldProblem("text", "required", "Give the text to render."));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        return character(query.reader()).map(reader -> {
            Rendering rendering = renderer.render(query.text(), query.language(), profileOf(reader));
            return new RenderedTextView(rendering.text(), query.language(), rendering.translated(),
                    rendering.fullyUnderstood());
        });
    }

    @Override
    public ReaderProfile readerProfile(CharacterId reader) {
        return characters.findById(reader).map(this::profileOf)
                .orElseGet(() -> new ReaderProfile(Tongues.atBirth(reader, Language.COMMON), false));
    }

    private ReaderProfile profileOf(Character reader) {
        boolean irilTranslates = families.of(reader).effectsAt(rules.families(), clock.now())
                .contains(FamilyEffect.IRIL_TRANSLATION);
        return new ReaderProfile(tonguesOf(reader), irilTranslates);
    }

    private Optional<FieldProblem> languageProblem(String language) {
        if (language != null && languages.containsKey(language)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("language", "unknown",
                "Choose one of: " + String.join(", ", languages.keySet()) + "."));
    }

    private Tongues tonguesOf(Character character) {
        return tongues.find(character.id()).orElseGet(() -> Tongues.atBirth(character.id(),
                rules.civilizations().find(character.civilization()).map(Civilization::nativeTongue)
                        .orElse(Language.COMMON)));
    }

    private Outcome<Character> character(CharacterId id) {
        return characters.findById(id).<Outcome<Character>>map(Outcome::done)
                .orElseGet(() -> Outcome.rejected(Refusal.CHARACTER_NOT_FOUND, "No character has this id."));
    }
}
