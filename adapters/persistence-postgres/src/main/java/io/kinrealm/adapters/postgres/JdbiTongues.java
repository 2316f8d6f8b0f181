package io.kinrealm.adapters.postgres;

import io.kinrealm.application.family.port.out.SpokenTongues;
import io.kinrealm.domain.language.Proficiency;
import io.kinrealm.domain.language.Tongues;
import io.kinrealm.domain.shared.CharacterId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The languages each character speaks, one row per language in table {@code tongues}, Common included. A save
 * replaces every row of the character in one transaction, after locking the character's row so that concurrent saves
 * of one character queue instead of colliding (last write wins). A character with no row never learned anything. The
 * character must be stored (foreign key): saving the tongues of an unknown character is an infrastructure failure.
 */
public final class JdbiTongues implements SpokenTongues {
    private record Row(String language, int proficiency) {
    }

    private final Jdbi jdbi;

    JdbiTongues(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Tongues> find(CharacterId character) {
        List<Row> rows = Sql.guarded("reading tongues", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT language, proficiency FROM tongues WHERE character_id = :c")
                .bind("c", character.value())
                .map((row, context) -> new Row(row.getString("language"), row.getInt("proficiency")))
                .list()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Proficiency> proficiencies = rows.stream()
                .collect(Collectors.toMap(Row::language, row -> new Proficiency(row.proficiency())));
        return Optional.of(Tongues.restore(character, proficiencies));
    }

    @Override
    public void save(Tongues tongues) {
        try {
            jdbi.useTransaction(handle -> replace(handle, tongues));
        } catch (JdbiException e) {
            throw Sql.failure("storing tongues", e);
        }
    }

    private static void replace(Handle handle, Tongues tongues) {
        handle.createQuery("SELECT id FROM characters WHERE id = :c FOR NO KEY UPDATE")
                .bind("c", tongues.character().value())
                .mapTo(UUID.class)
                .findOne();
        handle.createUpdate("DELETE FROM tongues WHERE character_id = :c")
                .bind("c", tongues.character().value())
                .execute();
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO tongues (character_id, language, proficiency) VALUES (:c, :language, :proficiency)");
        tongues.all().forEach((language, proficiency) -> batch.bind("c", tongues.character().value())
                .bind("language", language)
                .bind("proficiency", proficiency.value())
                .add());
        batch.execute();
    }
}
