package io.kinrealm.adapters.web.gateway;

/** What came of reading one text frame: a request, or a frame that is not one (answered with bad_request). */
sealed interface Parsed {

    record Readable(Request request) implements Parsed {
    }

    /** @param id the request's id when it could be read, else null (the error reply then has {@code re: null}) */
    record Unreadable(Long id, String why) implements Parsed {
    }
}
