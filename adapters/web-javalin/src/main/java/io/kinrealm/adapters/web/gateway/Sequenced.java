package io.kinrealm.adapters.web.gateway;

/** An event of a sequenced channel, as each reader gets it, with its place in the channel. */
record Sequenced(long seq, Delivery delivery) {
}
