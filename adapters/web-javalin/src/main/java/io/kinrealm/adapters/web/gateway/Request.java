package io.kinrealm.adapters.web.gateway;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client request that could be read: {@code {"id": 7, "op": "chat.send", "d": {...}}}.
 *
 * @param d the request's data; an empty object when the client left it out
 */
record Request(long id, String op, JsonNode d) {
}
