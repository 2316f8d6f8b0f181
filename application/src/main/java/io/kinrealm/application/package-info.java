/**
 * The use cases of Kinrealm and the ports around them: {@code port.in} is what drivers (REST, WebSocket, embedding
 * servers) call, {@code port.out} is what the core needs from the world. Depends on the domain only.
 */
package io.kinrealm.application;
