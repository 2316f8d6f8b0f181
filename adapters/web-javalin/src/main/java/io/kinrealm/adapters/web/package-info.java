/**
 * The HTTP adapter: Kinrealm's use cases over REST and over the WebSocket gateway at {@code /ws}, with Javalin 7 on
 * Jetty 12. {@link io.kinrealm.adapters.web.KinrealmHttpServer} is the entry point; everything else here is
 * package-private plumbing that drives the core only through its {@code port.in} use cases (collected in {@link
 * io.kinrealm.adapters.web.WebUseCases}). Every REST error leaves as {@code application/problem+json}, mapped in one
 * place ({@code Problems}); every route is registered from one table ({@code RouteTable}) and described in
 * {@code openapi.json}. The gateway lives in {@code io.kinrealm.adapters.web.gateway}; this package depends on it,
 * never the other way round.
 */
package io.kinrealm.adapters.web;
