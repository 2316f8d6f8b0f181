package io.kinrealm.adapters.postgres;

import io.kinrealm.application.family.port.out.Devotions;
import io.kinrealm.domain.divine.Devotion;
import io.kinrealm.domain.shared.CharacterId;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The devotion each character earned through its deeds, one row per character in table {@code devotions}, upserted
 * on save (last write wins). The devotion columns of {@code characters} are left alone: they keep the starting
 * devotion the character was born with, which is what counts until its first deed is saved here. The character must
 * be stored (foreign key): saving the devotion of an unknown character is an infrastructure failure.
 */
public final class JdbiDevotions implements Devotions {
    private final Jdbi jdbi;

    JdbiDevotions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Devotion> find(CharacterId character) {
        return Sql.guarded("reading a devotion", () -> jdbi.withHandle(handle -> handle
                .createQuery("SELECT points_order, points_chaos, points_void FROM devotions WHERE character_id = :c")
                .bind("c", character.value())
                .map((row, context) -> new Devotion(row.getInt("points_order"), row.getInt("points_chaos"),
                        row.getInt("points_void")))
                .findOne()));
    }

    @Override
    public void save(CharacterId character, Devotion devotion) {
        Sql.guarded("storing a devotion", () -> jdbi.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO devotions (character_id, points_order, points_chaos, points_void)
                        VALUES (:c, :order, :chaos, :void)
                        ON CONFLICT (character_id) DO UPDATE SET points_order = EXCLUDED.points_order,
                            points_chaos = EXCLUDED.points_chaos, points_void = EXCLUDED.points_void""")
                .bind("c", character.value())
                .bind("order", devotion.order())
                .bind("chaos", devotion.chaos())
                .bind("void", devotion.voidPoints())
                .execute()));
    }
}
