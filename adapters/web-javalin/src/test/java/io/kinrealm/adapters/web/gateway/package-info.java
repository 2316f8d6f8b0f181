/** Tests of the WebSocket gateway: a real server on a free port, real core over in-memory adapters, JDK clients. */
package io.kinrealm.adapters.web.gateway;
