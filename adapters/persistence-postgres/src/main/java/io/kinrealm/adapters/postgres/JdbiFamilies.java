package io.kinrealm.adapters.postgres;

import io.kinrealm.domain.family.Bonds;
import io.kinrealm.domain.family.Companion;
import io.kinrealm.domain.family.CompanionOrder;
import io.kinrealm.domain.family.Family;
import io.kinrealm.domain.shared.CharacterId;
import io.kinrealm.domain.shared.FamilyId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Rows of table {@code families}: the owner, the three bonds and each companion's last order. */
final class JdbiFamilies {
    private JdbiFamilies() {
    }

    static void insert(Handle handle, Family family) {
        handle.createUpdate("""
                        INSERT INTO families (id, owner_id, bond_player_ashnar, bond_player_iril, bond_ashnar_iril,
                                              ashnar_order, iril_order, last_interaction)
                        VALUES (:id, :owner, :playerAshnar, :playerIril, :ashnarIril,
                                :ashnarOrder, :irilOrder, :lastInteraction)""")
                .bind("id", family.id().value())
                .bind("owner", family.owner().value())
                .bind("playerAshnar", family.bonds().playerAshnar())
                .bind("playerIril", family.bonds().playerIril())
                .bind("ashnarIril", family.bonds().ashnarIril())
                .bind("ashnarOrder", family.orderOf(Companion.ASHNAR).id())
                .bind("irilOrder", family.orderOf(Companion.IRIL).id())
                .bind("lastInteraction", Sql.utc(family.lastInteraction()))
                .execute();
    }

    static Optional<Family> find(Handle handle, FamilyId id) {
        return handle.createQuery("""
                        SELECT id, owner_id, bond_player_ashnar, bond_player_iril, bond_ashnar_iril,
                               ashnar_order, iril_order, last_interaction
                        FROM families WHERE id = :id""")
                .bind("id", id.value())
                .map(JdbiFamilies::family)
                .findOne();
    }

    private static Family family(ResultSet row, StatementContext context) throws SQLException {
        Bonds bonds = new Bonds(row.getInt("bond_player_ashnar"), row.getInt("bond_player_iril"),
                row.getInt("bond_ashnar_iril"));
        Map<Companion, CompanionOrder> orders = Map.of(
                Companion.ASHNAR, order(row.getString("ashnar_order")),
                Companion.IRIL, order(row.getString("iril_order")));
        return Family.restore(new FamilyId(Sql.uuid(row, "id")), new CharacterId(Sql.uuid(row, "owner_id")), bonds,
                orders, Sql.instant(row, "last_interaction"));
    }

    private static CompanionOrder order(String id) {
        return CompanionOrder.valueOf(id.toUpperCase(Locale.ROOT));
    }
}
