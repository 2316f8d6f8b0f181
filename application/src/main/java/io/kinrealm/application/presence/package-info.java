/** Presence: whether a character is online, aggregated over its connections and every node. */
package io.kinrealm.application.presence;
