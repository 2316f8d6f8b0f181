/**
 * The REST adapter: Kinrealm's use cases over HTTP with Javalin 7 on Jetty 12. {@link
 * io.kinrealm.adapters.web.KinrealmHttpServer} is the entry point; everything else here is package-private plumbing
 * that drives the core only through its {@code port.in} use cases (collected in {@link
 * io.kinrealm.adapters.web.WebUseCases}). Every error leaves as {@code application/problem+json}, mapped in one place
 * ({@code Problems}); every route is registered from one table ({@code RouteTable}) and described in
 * {@code openapi.json}.
 */
package io.kinrealm.adapters.web;
