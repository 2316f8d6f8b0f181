package io.kinrealm.acceptance.families;

import static org.assertj.core.api.Assertions.assertThat;

import io.kinrealm.acceptance.World;
import io.kinrealm.application.family.port.in.FamilyPositionsView;
import io.kinrealm.application.family.port.in.ReadFamilyPositionsUseCase.ReadFamilyPositions;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.PositionReport;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.ReportPosition;
import io.kinrealm.application.family.port.out.FamilyEventNames;
import io.kinrealm.application.realtime.port.out.ChannelEvent;
import io.kinrealm.domain.shared.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the glue knows of family tracking in a scenario: the position reports clients send, the batches the realm
 * sends on, and where each family's circle was shown to stand. Time is the world's clock: a burst of reports "within
 * one second" is spread over that second of scenario time, and a batch goes out one batch interval after the clock's
 * current time, when the glue says so. The glue listens to every family of the scenario, so a batch is judged by all
 * that its families heard, before it and in it.
 */
public final class Whereabouts {
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final World world;
    private final Households households;
    private final FamilyHearing hearing;
    private int heardBeforeLastBatch;
    private int heardAfterLastBatch;
    private Instant burstStart;

    public Whereabouts(World world, Households households, FamilyHearing hearing) {
        this.world = world;
        this.households = households;
        this.hearing = hearing;
    }

    /** Listens to the family of every character born so far (the families born later are added on the next call). */
    public void listenToEveryFamily() {
        world.bornNames().forEach(hearing::listenTo);
    }

    /** The client of {@code name} reports where its character stands. */
    public Outcome<PositionReport> report(String name, String section, Double x, Double y) {
        listenToEveryFamily();
        return households.families().reportPosition()
                .report(new ReportPosition(households.character(name), section, x, y));
    }

    /**
     * {@code count} reports spread evenly over one second of the world's clock, the first now, each one metre east of
     * the one before; the clock is left at the last of them, still within that second.
     */
    public List<PositionReport> burst(String name, int count, String section, double x, double y) {
        burstStart = world.clock().now();
        Duration step = SECOND.dividedBy(count);
        List<PositionReport> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                world.clock().letPass(step);
            }
            answers.add(World.done(report(name, section, x + i, y)));
        }
        return answers;
    }

    /** Moves the world's clock on to {@code later} after the first report of the last burst. */
    public void afterBurstStart(Duration later) {
        assertThat(burstStart).as("a burst of reports was sent").isNotNull();
        Duration wait = Duration.between(world.clock().now(), burstStart.plus(later));
        assertThat(wait.isNegative()).as("%s after the first report lies in the past", later).isFalse();
        world.clock().letPass(wait);
    }

    /** One batch interval passes and the realm sends on the moves gathered since the batch before. */
    public void nextBatch() {
        listenToEveryFamily();
        world.clock().letPass(households.families().flushPositions().interval());
        heardBeforeLastBatch = positionsHeard().size();
        households.families().flushPositions().flush();
        heardAfterLastBatch = positionsHeard().size();
    }

    /** The {@code family.positions} events the family of {@code owner} heard in the last batch. */
    public List<FamilyPositionsView> sentInLastBatch(String owner) {
        return ofFamily(owner, positionsHeard().subList(heardBeforeLastBatch, heardAfterLastBatch));
    }

    /** The {@code family.positions} events the family of {@code owner} heard since the last batch went out. */
    public List<FamilyPositionsView> heardSinceLastBatch(String owner) {
        List<ChannelEvent> heard = positionsHeard();
        return ofFamily(owner, heard.subList(heardAfterLastBatch, heard.size()));
    }

    /** Where the family of {@code owner} stands, as {@code reader} asks for it. */
    public Outcome<FamilyPositionsView> read(String reader, String owner) {
        return households.families().readFamilyPositions()
                .positions(new ReadFamilyPositions(households.character(reader), households.familyOf(owner)));
    }

    /**
     * The rows a designer writes for a family's circle: who (the head by name, Ashnar and Iril, kin as "Solen (kin)"),
     * section, x and y in metres. A companion of anyone but the family's head reads "Ashnar of Solen".
     */
    public List<List<String>> rows(String owner, FamilyPositionsView view) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("who", "section", "x", "y"));
        String head = households.character(owner).toString();
        for (FamilyPositionsView.Entry entry : view.positions()) {
            rows.add(List.of(who(entry, head), entry.section(), metres(entry.x()), metres(entry.y())));
        }
        return rows;
    }

    /** A number of metres as a designer writes it: 12 rather than 12.0. */
    public static String metres(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The name of a character born in this scenario, from its id. */
    private String nameOf(String characterId) {
        return world.bornNames().stream()
                .filter(name -> households.character(name).toString().equals(characterId))
                .findFirst().orElse(characterId);
    }

    private String who(FamilyPositionsView.Entry entry, String head) {
        return switch (entry.who()) {
            case "character" -> nameOf(entry.characterId());
            case "kin" -> nameOf(entry.characterId()) + " (kin)";
            default -> Households.shown(entry.who())
                    + (entry.characterId().equals(head) ? "" : " of " + nameOf(entry.characterId()));
        };
    }

    private List<ChannelEvent> positionsHeard() {
        return hearing.heard(FamilyEventNames.POSITIONS);
    }

    private List<FamilyPositionsView> ofFamily(String owner, List<ChannelEvent> events) {
        String channel = FamilyEventNames.channelOf(households.familyOf(owner));
        return events.stream().filter(event -> event.channel().equals(channel)).map(Whereabouts::view).toList();
    }

    /** Reads a {@code family.positions} event back into the view it was made from. */
    @SuppressWarnings("unchecked")
    private static FamilyPositionsView view(ChannelEvent event) {
        List<Map<String, Object>> positions = (List<Map<String, Object>>) event.data().get("positions");
        return new FamilyPositionsView((String) event.data().get("family"), positions.stream()
                .map(entry -> new FamilyPositionsView.Entry((String) entry.get("who"),
                        (String) entry.get("characterId"), (String) entry.get("section"),
                        ((Number) entry.get("x")).doubleValue(), ((Number) entry.get("y")).doubleValue()))
                .toList());
    }
}
