/**
 * Small in-test fakes of the out ports, so that the real services run in application tests without depending on the
 * adapter modules (which depend on application). They keep the ports' promises: names unique ignoring case, refresh
 * tokens rotated once, a replay ending its login, chat messages numbered without gaps per channel, a character online
 * while one of its connections lives. The event bus records what was published so that tests can read it.
 */
package io.kinrealm.application.fakes;
