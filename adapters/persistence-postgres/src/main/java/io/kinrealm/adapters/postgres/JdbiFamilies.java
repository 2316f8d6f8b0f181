package io.kinrealm.adapters.postgres;

import io.kinrealm.application.family.port.out.Families;
import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.family.Kinship;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * Families in table {@code families} (the owner, the three bonds, each companion's last order, the last interaction)
 * with their kin in {@code kin}, one row per invited or accepted character. The family row is the one written when
 * its character was born ({@link JdbiCharacters}); a save updates that same row and replaces the kin rows in one
 * transaction, and a read takes both in one statement, so a reader never sees a family half-saved. The owner and
 * every kin must be stored characters (foreign keys): saving anything else is an infrastructure failure.
 */
public final class JdbiFamilies implements Families {
    private static final String SELECT = """
            SELECT f.id, f.owner_id, f.bond_player_ashnar, f.bond_player_iril, f.bond_ashnar_iril,
                   f.ashnar_order, f.iril_order, f.last_interaction,
                   ARRAY(SELECT k.character_id FROM kin k WHERE k.family_id = f.id AND k.state = 'invited')
                       AS invited,
                   ARRAY(SELECT k.character_id FROM kin k WHERE k.family_id = f.id AND k.state = 'accepted')
                       AS accepted
            FROM families f""";
    private static final String BY_KIN = " WHERE f.id IN (SELECT k.family_id FROM kin k"
            + " WHERE k.character_id = :kin AND k.state = 'accepted')";
    private static final String INSERT = """
            INSERT INTO families (id, owner_id, bond_player_ashnar, bond_player_iril, bond_ashnar_iril,
                                  ashnar_order, iril_order, last_interaction)
            VALUES (:id, :owner, :playerAshnar, :playerIril, :ashnarIril, :ashnarOrder, :irilOrder, :lastInteraction)
            """;
    private static final String UPSERT = INSERT + """
            ON CONFLICT (id) DO UPDATE SET
                bond_player_ashnar = EXCLUDED.bond_player_ashnar, bond_player_iril = EXCLUDED.bond_player_iril,
                bond_ashnar_iril = EXCLUDED.bond_ashnar_iril, ashnar_order = EXCLUDED.ashnar_order,
                iril_order = EXCLUDED.iril_order, last_interaction = EXCLUDED.last_interaction
            WHERE families.owner_id = EXCLUDED.owner_id""";

    private final Jdbi jdbi;

    JdbiFamilies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Family> findById(FamilyId id) {
        return Sql.guarded("reading a family", () -> jdbi.withHandle(handle -> find(handle, id)));
    }

    @Override
    public Optional<Family> findByOwner(CharacterId owner) {
        return Sql.guarded("reading a family", () -> jdbi.withHandle(handle -> handle
                .createQuery(SELECT + " WHERE f.owner_id = :owner")
                .bind("owner", owner.value())
                .map(JdbiFamilies::family)
                .findOne()));
    }

    /** One statement: the families holding an accepted kin row of the character (index {@code kin_by_character}). */
    @Override
    public List<Family> findByKin(CharacterId kin) {
        return Sql.guarded("reading the families of a kin", () -> jdbi.withHandle(handle -> handle
                .createQuery(SELECT + BY_KIN)
                .bind("kin", kin.value())
                .map(JdbiFamilies::family)
                .list()));
    }

    /** One statement for all of them: families they head, and families holding an accepted kin row of theirs. */
    @Override
    public List<Family> findConcerning(Collection<CharacterId> characters) {
        if (characters.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = characters.stream().map(CharacterId::value).distinct().toList();
        return Sql.guarded("reading the families of moving characters", () -> jdbi.withHandle(handle -> handle
                .createQuery(SELECT + " WHERE f.owner_id = ANY(:ids) OR f.id IN (SELECT k.family_id FROM kin k"
                        + " WHERE k.character_id = ANY(:ids) AND k.state = 'accepted')")
                .bindArray("ids", UUID.class, ids)
                .map(JdbiFamilies::family)
                .list()));
    }

    /**
     * Updates the family's row, or inserts it if missing, and replaces its kin. A family id already stored for
     * another owner is a bug of the caller and fails with {@link IllegalStateException}, storing nothing.
     */
    @Override
    public void save(Family family) {
        try {
            jdbi.useTransaction(handle -> {
                if (bind(handle.createUpdate(UPSERT), family).execute() != 1) {
                    throw new IllegalStateException("family " + family.id() + " belongs to another owner");
                }
                handle.createUpdate("DELETE FROM kin WHERE family_id = :family")
                        .bind("family", family.id().value())
                        .execute();
                insertKin(handle, family);
            });
        } catch (JdbiException e) {
            throw Sql.failure("storing a family", e);
        }
    }

    /** Inserts a new family with its kin, inside the caller's transaction (a character's birth). */
    static void insert(Handle handle, Family family) {
        bind(handle.createUpdate(INSERT), family).execute();
        insertKin(handle, family);
    }

    static Optional<Family> find(Handle handle, FamilyId id) {
        return handle.createQuery(SELECT + " WHERE f.id = :id")
                .bind("id", id.value())
                .map(JdbiFamilies::family)
                .findOne();
    }

    private static Update bind(Update update, Family family) {
        return update.bind("id", family.id().value())
                .bind("owner", family.owner().value())
                .bind("playerAshnar", family.bonds().playerAshnar())
                .bind("playerIril", family.bonds().playerIril())
                .bind("ashnarIril", family.bonds().ashnarIril())
                .bind("ashnarOrder", family.orderOf(Companion.ASHNAR).id())
                .bind("irilOrder", family.orderOf(Companion.IRIL).id())
                .bind("lastInteraction", Sql.utc(family.lastInteraction()));
    }

    private static void insertKin(Handle handle, Family family) {
        Kinship kinship = family.kinship();
        if (kinship.size() == 0) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO kin (family_id, character_id, state) VALUES (:family, :character, :state)");
        kinship.invited().forEach(invited -> addKin(batch, family, invited, "invited"));
        kinship.kin().forEach(kin -> addKin(batch, family, kin, "accepted"));
        batch.execute();
    }

    private static void addKin(PreparedBatch batch, Family family, CharacterId character, String state) {
        batch.bind("family", family.id().value()).bind("character", character.value()).bind("state", state).add();
    }

    private static Family family(ResultSet row, StatementContext context) throws SQLException {
        Bonds bonds = new Bonds(row.getInt("bond_player_ashnar"), row.getInt("bond_player_iril"),
                row.getInt("bond_ashnar_iril"));
        Map<Companion, CompanionOrder> orders = Map.of(
                Companion.ASHNAR, order(row.getString("ashnar_order")),
                Companion.IRIL, order(row.getString("iril_order")));
        Kinship kinship = new Kinship(characters(row.getArray("invited")), characters(row.getArray("accepted")));
        return Family.restore(new FamilyId(Sql.uuid(row, "id")), new CharacterId(Sql.uuid(row, "owner_id")), bonds,
                orders, Sql.instant(row, "last_interaction"), kinship);
    }

    private static Set<CharacterId> characters(Array ids) throws SQLException {
        Set<CharacterId> characters = new HashSet<>();
        for (Object id : (Object[]) ids.getArray()) {
            characters.add(new CharacterId((UUID) id));
        }
        return characters;
    }

    private static CompanionOrder order(String id) {
        return CompanionOrder.valueOf(id.toUpperCase(Locale.ROOT));
    }
}
