package io.kinrealm.adapters.postgres;

import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.shared.port.out.Insertion;
import io.kinrealm.domain.character.Character;
import io.kinrealm.domain.character.CharacterName;
import io.kinrealm.domain.character.NewCharacter;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.AccountId;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Characters in table {@code characters}, each with the family founded at its birth in {@code families}, written in
 * one transaction. A name is unique through the unique {@code name_key} column (the name's case-insensitive key); a
 * taken name is detected from the unique violation itself, never from a racy look-up first. The owning account must
 * exist (foreign key): storing a character of an unknown account is an infrastructure failure.
 */
public final class JdbiCharacters implements Characters {
    private static final String NAME_TAKEN = "characters_name_key_unique";
    private static final String COLUMNS =
            "id, account_id, name, civilization, family_id, devotion_order, devotion_chaos, devotion_void, created_at";

    private final Jdbi jdbi;

    JdbiCharacters(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Locks the account's row, so that creations for one account take turns, then counts and inserts in the same
     * transaction.
     */
    @Override
    public Insertion insert(NewCharacter born, int maxPerAccount) {
        try {
            return jdbi.inTransaction(handle -> {
                UUID account = born.character().accountId().value();
                handle.createQuery("SELECT id FROM accounts WHERE id = :account FOR UPDATE")
                        .bind("account", account).mapTo(UUID.class).findOne();
                int held = handle.createQuery("SELECT count(*) FROM characters WHERE account_id = :account")
                        .bind("account", account).mapTo(Integer.class).one();
                if (held >= maxPerAccount) {
                    return Insertion.LIMIT_REACHED;
                }
                insertCharacter(handle, born.character());
                JdbiFamilies.insert(handle, born.family());
                return Insertion.INSERTED;
            });
        } catch (JdbiException e) {
            if (Sql.violatesUnique(e, NAME_TAKEN)) {
                return Insertion.DUPLICATE;
            }
            throw Sql.failure("storing a character", e);
        }
    }

    @Override
    public Optional<Character> findById(CharacterId id) {
        return Sql.guarded("reading a character", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM characters WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiCharacters::character)
                .findOne()));
    }

    @Override
    public List<Character> findByAccount(AccountId account) {
        return Sql.guarded("reading characters", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM characters WHERE account_id = :account"
                        + " ORDER BY created_at, name_key")
                .bind("account", account.value())
                .map(JdbiCharacters::character)
                .list()));
    }

    /** The family founded with a character, for tests and the families capability. */
    public Optional<Family> familyOf(FamilyId id) {
        return Sql.guarded("reading a family", () -> jdbi.withHandle(handle -> JdbiFamilies.find(handle, id)));
    }

    private static void insertCharacter(Handle handle, Character character) {
        handle.createUpdate("""
                        INSERT INTO characters (id, account_id, name, name_key, civilization, family_id,
                                                devotion_order, devotion_chaos, devotion_void, created_at)
                        VALUES (:id, :account, :name, :key, :civilization, :family,
                                :order, :chaos, :void, :createdAt)""")
                .bind("id", character.id().value())
                .bind("account", character.accountId().value())
                .bind("name", character.name().value())
                .bind("key", character.name().key())
                .bind("civilization", character.civilization())
                .bind("family", character.familyId().value())
                .bind("order", character.devotion().order())
                .bind("chaos", character.devotion().chaos())
                .bind("void", character.devotion().voidPoints())
                .bind("createdAt", Sql.utc(character.createdAt()))
                .execute();
    }

    private static Character character(ResultSet row, StatementContext context) throws SQLException {
        Devotion devotion = new Devotion(row.getInt("devotion_order"), row.getInt("devotion_chaos"),
                row.getInt("devotion_void"));
        return new Character(new CharacterId(Sql.uuid(row, "id")), new AccountId(Sql.uuid(row, "account_id")),
                new CharacterName(row.getString("name")), row.getString("civilization"),
                new FamilyId(Sql.uuid(row, "family_id")), devotion, Sql.instant(row, "created_at"));
    }
}
