package io.kinrealm.bootstrap;

import io.kinrealm.application.shared.port.out.InfrastructureException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a Kinrealm node from the environment and stops it gracefully on SIGTERM or Ctrl-C. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        KinrealmServer server;
        try {
            server = KinrealmServer.start(Configuration.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException e) {
            LOG.error("Configuration refused: {}", e.getMessage());
            System.exit(2);
            return;
        } catch (InfrastructureException e) {
            LOG.error("Cannot start: {}", e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("kinrealm-shutdown").unstarted(() -> {
            LOG.info("Shutting down");
            server.close();
        }));
        LOG.info("Kinrealm is listening on port {}", server.port());
    }
}
