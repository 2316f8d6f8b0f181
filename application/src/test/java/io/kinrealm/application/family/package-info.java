/**
 * Scenarios for families, divine alignment and languages, run through the real services over small in-test fakes of
 * the new out ports.
 */
package io.kinrealm.application.family;
