/** What real-time delivery needs: the event bus that carries channel events between nodes. */
package io.kinrealm.application.realtime.port.out;
