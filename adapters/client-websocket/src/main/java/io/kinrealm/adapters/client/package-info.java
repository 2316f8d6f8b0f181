/**
 * The Java client of Kinrealm's WebSocket gateway (Tyrus, jakarta.websocket): connect, authenticate, requests as
 * futures, event listeners and resume after reconnect. It arrives with the real-time gateway; the module exists so
 * that the build, the architecture rules and the documentation already know its place.
 */
package io.kinrealm.adapters.client;
