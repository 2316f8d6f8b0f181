package io.kinrealm.adapters.client.bench;

/** The load tool's usage text, with the definition of every figure it prints. */
final class Usage {
    static final String TEXT = """
            Usage: java -jar adapters/client-websocket/target/kinrealm-bench.jar \\
                     --urls ws://127.0.0.1:7070/ws[,ws://127.0.0.1:7071/ws] --http http://127.0.0.1:7070 \\
                     --clients 1000 --room-size 10 --rate 1 --duration 30 [--warmup 5] [--connect-rate 500] \\
                     [--drain 10] [--allow-remote]

            Opens N WebSocket clients spread round-robin over the node URLs, puts clients k*K .. k*K+K-1 in room
            room:bench-<run>-<k>, makes every client send R chat messages per second (evenly spaced, random phase)
            for S seconds after W seconds of warm-up, waits for the last deliveries (at most --drain seconds, or
            until every expected delivery arrived), closes everything and prints ONE JSON line on stdout.
            Progress and errors go to stderr. Exit code 0 when it ran, 1 when it could not, 2 for bad arguments.

              --urls LIST         node WebSocket URLs, comma-separated (required)
              --http URL          REST base URL for setting up accounts and characters (required)
              --clients N         connections (default 100)
              --room-size K       members per room (default 10)
              --rate R            messages per second per client, may be fractional (default 1)
              --duration S        measured sending phase in seconds (default 30)
              --warmup W          sending before the measurement, not counted (default 0)
              --connect-rate C    connections opened per second (default 500)
              --drain D           most seconds to wait for deliveries after sending (default 10)
              --server-pids LIST  process ids of the server nodes (same machine): their CPU over the measured phase
                      (share of one core) and resident memory are added to the JSON line under "servers",
                      with the load tool's own CPU as "bench_cpu_pct"
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
            """;

    private Usage() {
    }
}
