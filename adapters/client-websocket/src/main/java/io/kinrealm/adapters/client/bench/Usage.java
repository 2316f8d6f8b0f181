package io.kinrealm.adapters.client.bench;

/** The load tool's usage text, with the definition of every figure it prints. */
final class Usage {
    static final String TEXT = """
            Usage: java -jar adapters/client-websocket/target/kinrealm-bench.jar \\
                     --urls ws://127.0.0.1:7070/ws[,ws://127.0.0.1:7071/ws] --http http://127.0.0.1:7070 \\
                     --clients 1000 --room-size 10 --rate 1 --duration 30 [--warmup 5] [--connect-rate 500] \\
                     [--drain 10] [--scenario chat|positions] [--allow-remote]

            Opens N WebSocket clients spread round-robin over the node URLs, puts clients k*K .. k*K+K-1 in room
            room:bench-<run>-<k>, makes every client send R chat messages per second (evenly spaced, random phase)
            for S seconds after W seconds of warm-up, waits for the last deliveries (at most --drain seconds, or
            until every expected delivery arrived), closes everything and prints ONE JSON line on stdout.
            Progress and errors go to stderr. Exit code 0 when it ran, 1 when it could not, 2 for bad arguments.

              --urls LIST         node WebSocket URLs, comma-separated (required)
              --http URL          REST base URL for setting up accounts and characters (required)
              --clients N         connections (default 100)
              --room-size K       members per room (default 10)
              --scenario NAME     chat (default) or positions, see below
              --rate R            messages (or position reports) per second per client, may be fractional
                                  (default 1; at most 10 for positions, the server's quota per character)
              --duration S        measured sending phase in seconds (default 30)
              --warmup W          sending before the measurement, not counted (default 0)
              --connect-rate C    connections opened per second (default 500)
              --drain D           most seconds to wait for deliveries after sending (default 10)
              --server-pids LIST  process ids of the server nodes (same machine): their CPU over the measured phase
                                  (share of one core) and resident memory are added to the JSON line under
                                  "servers", with the load tool's own CPU as "bench_cpu_pct"
              --allow-remote      allow targets that are not loopback (127.0.0.0/8, localhost, ::1)

            Setup: ceil(N/8) accounts bench-<run>-<a>, 8 characters each, one login per account. The server's
            default rate limits refuse that; start it with, for example,
              KINREALM_RATE_LIMIT_AUTH=100000/1m KINREALM_RATE_LIMIT_API=100000/1m KINREALM_BCRYPT_COST=4

            The JSON line (measured phase only):
              clients_connected    connections that authenticated and joined their room
              connect_failures     connections that failed to open, authenticate or join
              sent                 messages the server acknowledged (ok reply)
              expected_deliveries  sum over sent messages of the connected members of their room, the sender
                                   included: a message is delivered to every member, its sender's echo too
              delivered            deliveries of sent messages, each (message, member) counted once
              delivered_to_others  deliveries to members other than the sender
              delivered_echo       deliveries of a message back to its own sender
              loss_ratio           1 - delivered / expected_deliveries
              msgs_per_s_delivered delivered / seconds from the start of the measured phase to the last delivery
              p50_ms p95_ms p99_ms max_ms
                                   latency of every delivery (others and echo alike): receive time - send time,
                                   both System.nanoTime of this one process
              duplicates           deliveries seen more than once (a seq at or below the last one on that
                                   connection, or more copies of a message than members)
              gaps                 sequence numbers skipped on a connection's room
              errors               sends that failed (error reply such as rate_limited, timeout, not connected)
              reconnects           connections that dropped and reconnected (then resumed) during the run

            --scenario positions: every client is one player alone on its family's channel family:<id> (from the
            character creation reply), reporting position.report {section 5.12.130.77, x, y 50} R times a second.
            x encodes the player's report counter (counter mod 10000, in hundredths of a metre), so each
            family.positions event tells which report it shows. Nodes send positions in batches every 100 ms
            keeping only a player's latest position, so latency includes the wait for the next batch (up to
            100 ms by design), and a report followed by another within the same batch is never shown: it is
            superseded, not lost. The common fields then read:
              sent                 reports the server answered (accepted or dropped)
              expected_deliveries  positions_shown + missing
              delivered            measured reports shown back (also delivered_echo; delivered_to_others is 0)
              loss_ratio           missing / expected_deliveries
              msgs_per_s_delivered positions_shown / seconds from the start of the measured phase to the last one
              p50_ms .. max_ms     from sending a report to receiving the event that shows it
              duplicates           repeated_events + stale_events; gaps is 0 (position events carry no seq)
              errors               reports that got no answer (timeout, error reply, not connected)
            and these are added:
              scenario             "positions"
              reports_sent         reports sent in the measured phase; reports_per_s the same per second
              reports_accepted     answered accepted: true
              reports_dropped      answered accepted: false (over 10 a second for the character)
              events_received      family.positions events received from the player's first measured report on;
                                   events_per_s the same per second
              positions_shown      accepted reports shown in an event, each once
              superseded           accepted reports never shown because a later report was shown first
              superseded_late      of those, ones whose successor was sent 200 ms or more after them: a batch
                                   that late (or a lost batch) would be needed, so these are suspect
              missing              accepted reports neither shown nor superseded by the end: lost
              repeated_events      events that showed the same report as the player's previous one again
              stale_events         events that showed an older report than one already shown, or no
                                   position of the player
            """;

    private Usage() {
    }
}
