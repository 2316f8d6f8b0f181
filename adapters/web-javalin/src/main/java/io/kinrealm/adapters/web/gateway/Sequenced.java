package io.kinrealm.adapters.web.gateway;

/** A frame of a sequenced channel with its place in the channel. */
record Sequenced(long seq, Frame frame) {
}
