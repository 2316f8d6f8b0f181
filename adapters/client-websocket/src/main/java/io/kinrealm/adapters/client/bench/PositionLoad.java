package io.kinrealm.adapters.client.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The positions scenario: every client is one player on its own family's channel, reporting where it stands at the
 * rate (the server takes at most 10 reports a second each) and hearing its moves back in the family's
 * {@code family.positions} events, which each node sends in batches every 100 ms. A report's latency is from sending
 * it to receiving the event that shows it, so it includes the wait for the next batch (up to 100 ms by design).
 */
final class PositionLoad implements Workload {
    /** Any detail section: the reports only need to be valid. */
    static final String SECTION = "5.12.130.77";
    private static final double Y = 50.0;

    private final BenchArgs args;
    private final PositionTally tally = new PositionTally();
    private final PositionTrack[] tracks;

    /** Fails the run when the server's character creation replies named no family: there is no channel to join. */
    PositionLoad(BenchArgs args, List<Identity> identities) {
        if (identities.stream().anyMatch(identity -> identity.familyId().isBlank())) {
            throw new BenchFailure("The server's character creation reply named no family (family.id): the "
                    + "positions scenario joins each player's family channel and cannot run");
        }
        this.args = args;
        this.tracks = identities.stream().map(identity -> new PositionTrack(identity.characterId(), tally))
                .toArray(PositionTrack[]::new);
    }

    @Override
    public String channel(int index, Identity identity) {
        return "family:" + identity.familyId();
    }

    @Override
    public void listen(Member member) {
        PositionTrack track = tracks[member.index];
        member.client.onEvent("family.positions", event -> {
            long now = System.nanoTime();
            OptionalDouble x = playerX(event.d(), track.characterId());
            if (x.isPresent()) {
                track.shown(x.getAsDouble(), now);
            } else {
                track.shownNothing(now);
            }
        });
    }

    @Override
    public void start(List<Member> members) {
        // every player is alone in its family: nothing to count before sending
    }

    @Override
    public void tick(Member member, long nowNanos, boolean measured) {
        PositionTrack track = tracks[member.index];
        PositionTrack.Report report = track.send(nowNanos, measured);
        member.client.reportPosition(SECTION, report.x(), Y).whenComplete((reply, error) -> {
            if (error == null) {
                track.replied(report, reply.path("accepted").asBoolean(false));
            } else {
                track.failed(report);
            }
        });
    }

    @Override
    public void reconnected() {
        tally.reconnected();
    }

    @Override
    public boolean drained() {
        return tally.inFlight() == 0 && Arrays.stream(tracks).noneMatch(PositionTrack::waiting);
    }

    @Override
    public String result(int connected, int connectFailures, long measureFromNanos, Map<String, Object> processes) {
        long missing = Arrays.stream(tracks).mapToLong(PositionTrack::missing).sum();
        return tally.toJson(connected, connectFailures, measureFromNanos, missing, args.durationSeconds(), processes);
    }

    /** Where a {@code family.positions} event shows the player itself ({@code who} character), if it does. */
    static OptionalDouble playerX(JsonNode data, String characterId) {
        for (JsonNode position : data.path("positions")) {
            if ("character".equals(position.path("who").asText())
                    && characterId.equals(position.path("characterId").asText())
                    && position.path("x").isNumber()) {
                return OptionalDouble.of(position.path("x").asDouble());
            }
        }
        return OptionalDouble.empty();
    }
}
