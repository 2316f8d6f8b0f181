package io.kinrealm.application.account.port.in;

/**
 * Housekeeping: forgets the refresh tokens that have expired, so that the store does not grow with every login ever
 * made. A server calls it now and then (ours every hour); it changes nothing a player could notice.
 */
public interface PurgeExpiredSessionsUseCase {

    /** Forgets what has expired by now; answers how many refresh tokens were forgotten. */
    int purge();
}
