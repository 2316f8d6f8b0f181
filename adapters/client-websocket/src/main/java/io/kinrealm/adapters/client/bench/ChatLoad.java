package io.kinrealm.adapters.client.bench;

import java.util.List;
import java.util.Map;

/**
 * The chat scenario: clients k*K .. k*K+K-1 share room k, every client sends chat messages at the rate, and the
 * {@link Tally} counts every delivery of every message to every member of its room.
 */
final class ChatLoad implements Workload {
    private final BenchArgs args;
    private final String runId;
    private final Tally tally;

    ChatLoad(BenchArgs args, String runId) {
        this.args = args;
        this.runId = runId;
        this.tally = new Tally(args);
    }

    @Override
    public String channel(int index, Identity identity) {
        return BenchNames.room(runId, index / args.roomSize());
    }

    @Override
    public void listen(Member member) {
        member.client.onEvent("chat.message", event -> tally.delivered(member, event, System.nanoTime()));
    }

    @Override
    public void start(List<Member> members) {
        tally.countMembers(members);
    }

    @Override
    public void tick(Member member, long nowNanos, boolean measured) {
        int n = measured ? member.nextMessage() : -1;
        if (!tally.canSend(n)) {
            return;
        }
        tally.sending();
        member.client.send(member.channel, Tally.text(member.index, n, nowNanos), null)
                .whenComplete((reply, error) -> {
                    if (error == null) {
                        tally.acknowledged(member, n);
                    } else {
                        tally.failed();
                    }
                });
    }

    @Override
    public void reconnected() {
        tally.reconnected();
    }

    @Override
    public boolean drained() {
        return tally.drained();
    }

    @Override
    public String result(int connected, int connectFailures, long measureFromNanos, Map<String, Object> processes) {
        return tally.result(connected, connectFailures, measureFromNanos).toJson(processes);
    }
}
