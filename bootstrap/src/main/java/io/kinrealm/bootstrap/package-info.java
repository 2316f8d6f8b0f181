/**
 * The server's main: reads configuration from the environment and wires adapters to the core with plain
 * constructors. Nothing else lives here.
 */
package io.kinrealm.bootstrap;
