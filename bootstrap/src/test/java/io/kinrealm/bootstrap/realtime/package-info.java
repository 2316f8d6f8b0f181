/**
 * The real-time gateway across a cluster: two real Kinrealm nodes sharing one PostgreSQL schema and one Redis key
 * prefix, driven by the Java client as players would (fan-out, presence, resume, a lost Redis subscription, logout).
 */
package io.kinrealm.bootstrap.realtime;
