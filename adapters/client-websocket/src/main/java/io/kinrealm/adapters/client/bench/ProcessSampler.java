package io.kinrealm.adapters.client.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads, twice a second, the CPU time and resident memory of the server processes under test (by pid, from Linux'
 * /proc) and of this load tool itself, so that a run reports what the server really used over the measured phase
 * rather than a guess. Off the measured path: it only reads two small files per process per sample.
 */
final class ProcessSampler implements AutoCloseable {
    /** Linux' USER_HZ, the unit of utime and stime in /proc/[pid]/stat; 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private record Sample(long nanos, long cpuTicks, long rssKb) {
    }

    private final List<Long> pids;
    private final Map<Long, List<Sample>> samples = new LinkedHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("bench-sampler").factory());

    ProcessSampler(List<Long> serverPids) {
        this.pids = new ArrayList<>(serverPids);
        this.pids.add(ProcessHandle.current().pid());
        pids.forEach(pid -> samples.put(pid, new ArrayList<>()));
        timer.scheduleAtFixedRate(this::sampleAll, 0, 500, TimeUnit.MILLISECONDS);
    }

    private synchronized void sampleAll() {
        long now = System.nanoTime();
        for (long pid : pids) {
            try {
                String[] stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"))
                        .replaceFirst("^.*\\) ", "").split(" ");
                long ticks = Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                        .filter(line -> line.startsWith("VmRSS:"))
                        .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
                samples.get(pid).add(new Sample(now, ticks, rssKb));
            } catch (IOException | RuntimeException gone) {
                // the process ended or /proc is not there: this pid simply reports nothing more
            }
        }
    }

    /**
     * Per server pid: its CPU over {@code [from, to]} as a share of one core (percent) and its largest resident memory
     * (MB) in that span; plus the load tool's own CPU.
     */
    synchronized Map<String, Object> figures(long fromNanos, long toNanos) {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Object> servers = new ArrayList<>();
        for (long pid : pids) {
            List<Sample> span = samples.get(pid).stream()
                    .filter(s -> s.nanos() >= fromNanos && s.nanos() <= toNanos).toList();
            if (span.size() < 2) {
                continue;
            }
            Sample first = span.getFirst();
            Sample last = span.getLast();
            double seconds = (last.nanos() - first.nanos()) / 1e9;
            double cpuPercent = Math.round((last.cpuTicks() - first.cpuTicks()) / TICKS_PER_SECOND / seconds * 1000)
                    / 10.0;
            long rssMb = span.stream().mapToLong(Sample::rssKb).max().orElse(0) / 1024;
            if (pid == ProcessHandle.current().pid()) {
                figures.put("bench_cpu_pct", cpuPercent);
            } else {
                servers.add(Map.of("pid", pid, "cpu_pct_of_one_core", cpuPercent, "rss_mb_max", rssMb,
                        "rss_mb_end", last.rssKb() / 1024));
            }
        }
        figures.put("servers", servers);
        return figures;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
