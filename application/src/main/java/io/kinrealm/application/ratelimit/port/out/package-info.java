/** The shared request counters. */
package io.kinrealm.application.ratelimit.port.out;
