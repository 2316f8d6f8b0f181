package io.kinrealm.application.character;

import io.kinrealm.application.character.port.in.ActAsCharacterUseCase;
import io.kinrealm.application.character.port.in.CharacterView;
import io.kinrealm.application.character.port.in.CivilizationView;
import io.kinrealm.application.character.port.in.CreateCharacterUseCase;
import io.kinrealm.application.character.port.in.GetCharacterUseCase;
import io.kinrealm.application.character.port.in.ListCivilizationsUseCase;
import io.kinrealm.application.character.port.in.ListMyCharactersUseCase;
import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.application.shared.port.out.IdSource;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.CharacterName;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.civilization.Civilization;
import io.kinrealm.domain.rules.RuleBook;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import io.kinrealm.domain.shared.FieldProblem;
import io.kinrealm.domain.shared.Outcome;
import io.kinrealm.domain.shared.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creation and reading of characters, and the check that an account acts only as its own characters. */
public final class CharacterService implements CreateCharacterUseCase, GetCharacterUseCase, ListMyCharactersUseCase,
        ListCivilizationsUseCase, ActAsCharacterUseCase {
    private final Characters characters;
    private final RuleBook rules;
    private final GameClock clock;
    private final IdSource ids;
    private final Devotions devotions;

    /** Characters whose devotion is always the one they were born with (no deeds are recorded). */
    public CharacterService(Characters characters, RuleBook rules, GameClock clock, IdSource ids) {
        this(characters, rules, clock, ids, Devotions.none());
    }

    /** Characters shown with the devotion their deeds earned, as the divine alignment bars show it. */
    public CharacterService(Characters characters, RuleBook rules, GameClock clock, IdSource ids,
                            Devotions devotions) {
        this.characters = characters;
        this.rules = rules;
        this.clock = clock;
        this.ids = ids;
        this.devotions = devotions;
    }

    @Override
    public Outcome<CreatedCharacter> create(CreateCharacter command) {
        List<FieldProblem> problems = new ArrayList<>();
        CharacterName.problem(command.name()).ifPresent(problems::add);
        Optional<Civilization> civilization = rules.civilizations().find(command.civilization());
        if (civilization.isEmpty()) {
            problems.add(new FieldProblem("civilization", "unknown",
                    "Choose one of: " + String.join(", ", rules.civilizations().ids()) + "."));
        }
        if (!problems.isEmpty()) {
            return Outcome.invalid(problems);
        }
        CharacterName name = new CharacterName(command.name());
        Character.Birth birth = new Character.Birth(new CharacterId(ids.newId()), new FamilyId(ids.newId()),
                command.accountId(), name, civilization.get());
        int existing = characters.findByAccount(command.accountId()).size();
        return Character.create(birth, existing, rules.characters(), rules.families(), clock.now())
                .flatMap(this::store);
    }

    private Outcome<CreatedCharacter> store(NewCharacter born) {
        int max = rules.characters().maxPerAccount();
        switch (characters.insert(born, max)) {
            case DUPLICATE -> {
                return Outcome.rejected(Refusal.CHARACTER_NAME_TAKEN,
                        "A character named " + born.character().name().value() + " already exists.");
            }
            case LIMIT_REACHED -> {
                return Outcome.rejected(Refusal.CHARACTER_LIMIT_REACHED,
                        "An account may have at most " + max + " characters.");
            }
            case INSERTED -> {
                // born
            }
        }
        return Outcome.done(new CreatedCharacter(view(born.character()),
                Views.family(born.family(), rules.families())));
    }

    @Override
    public Outcome<CharacterView> get(CharacterId id) {
        return characters.findById(id).<Outcome<CharacterView>>map(found -> Outcome.done(view(found)))
                .orElseGet(() -> Outcome.rejected(Refusal.CHARACTER_NOT_FOUND, "No character has this id."));
    }

    @Override
    public List<CharacterView> listMine(AccountId account) {
        return characters.findByAccount(account).stream().map(this::view).toList();
    }

    @Override
    public List<CivilizationView> listCivilizations() {
        return rules.civilizations().all().stream().map(Views::civilization).toList();
    }

    private CharacterView view(Character character) {
        return Views.character(character, devotions.find(character.id()).orElse(character.devotion()));
    }

    @Override
    public Outcome<CharacterId> actAs(AccountId account, CharacterId character) {
        return characters.findById(character).filter(found -> found.isOwnedBy(account))
                .<Outcome<CharacterId>>map(found -> Outcome.done(found.id()))
                .orElseGet(() -> Outcome.rejected(Refusal.NOT_YOUR_CHARACTER,
                        "You may only act as one of your own characters."));
    }
}
