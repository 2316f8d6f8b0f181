package io.kinrealm.adapters.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One HTTP route: a method, a Javalin path template such as {@code /api/v1/characters/{id}}, and its handler. */
record Route(HandlerType method, String path, Handler handler) {

    static Route get(String path, Handler handler) {
        return new Route(HandlerType.GET, path, handler);
    }

    static Route post(String path, Handler handler) {
        return new Route(HandlerType.POST, path, handler);
    }

    static Route delete(String path, Handler handler) {
        return new Route(HandlerType.DELETE, path, handler);
    }
}
