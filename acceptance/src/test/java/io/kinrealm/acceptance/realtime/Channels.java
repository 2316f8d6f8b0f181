package io.kinrealm.acceptance.realtime;

/** The gateway's names of the channels the scenarios speak of (docs/protocol.md). */
final class Channels {
    private Channels() {
    }

    /** A public named room, such as the trade room. */
    static String room(String name) {
        return "room:" + name;
    }

    /** The hearth of a family: its owner and kin only. */
    static String family(String familyId) {
        return "family:" + familyId;
    }
}
