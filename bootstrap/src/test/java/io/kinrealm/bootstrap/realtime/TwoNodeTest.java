package io.kinrealm.bootstrap.realtime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Two real nodes on one PostgreSQL schema and one Redis prefix for the whole test class, with Aria and Cael
 * registered through node one and Brann through node two; every test's clients are closed after it.
 */
abstract class TwoNodeTest {
    static Cluster cluster;
    static Player aria;
    static Player brann;
    static Player cael;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start();
        aria = cluster.rest(1).newPlayer("aria", "Aria");
        brann = cluster.rest(2).newPlayer("brann", "Brann");
        cael = cluster.rest(1).newPlayer("cael", "Cael");
    }

    @AfterEach
    void closeClients() {
        cluster.closeClients();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }
}
