/** Real-time delivery: events on named channels, fanned out to every node. */
package io.kinrealm.application.realtime;
