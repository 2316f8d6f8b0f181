package io.kinrealm.adapters.client.bench;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The load tool's command line ({@link Usage} tells how to run it and what it prints). Its one result line is its
 * output contract and goes to standard output; everything else is logged to standard error.
 */
public final class Bench {
    private static final String LOG_CONFIG = "kinrealm-bench-logback.xml";

    private Bench() {
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOG_CONFIG);
        }
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        int code = run(args, stdout);
        stdout.flush();
        System.exit(code);
    }

    /** Runs the tool and prints the result line to {@code out}; returns the exit code (0 ran, 1 failed, 2 usage). */
    public static int run(String[] args, PrintStream out) {
        Logger log = LoggerFactory.getLogger(Bench.class);
        if (Arrays.asList(args).contains("--help") || args.length == 0) {
            log.info(Usage.TEXT);
            return args.length == 0 ? 2 : 0;
        }
        BenchArgs parsed;
        try {
            parsed = BenchArgs.parse(args);
        } catch (IllegalArgumentException e) {
            log.error("{}\n\n{}", e.getMessage(), Usage.TEXT);
            return 2;
        }
        try {
            out.println(new BenchRun(parsed).run());
            return 0;
        } catch (BenchFailure e) {
            log.error(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("Interrupted");
            return 1;
        }
    }
}
