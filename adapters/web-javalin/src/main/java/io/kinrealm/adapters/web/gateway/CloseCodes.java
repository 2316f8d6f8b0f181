package io.kinrealm.adapters.web.gateway;

/** The WebSocket close codes of the protocol (docs/protocol.md, "Close codes"). */
final class CloseCodes {
    /** Silent for too long. */
    static final int IDLE = 1001;
    /** The node is restarting: reconnect elsewhere and resume. */
    static final int RESTARTING = 1012;
    /** Not authenticated: timeout, invalid, expired or ended token, another account's character. */
    static final int UNAUTHENTICATED = 4401;
    /** The client could not keep up with its events. */
    static final int TOO_SLOW = 4008;

    private CloseCodes() {
    }
}
