/**
 * Glue of {@code languages.feature}: the tongues a character speaks, learning them, and how a text reads to one
 * reader (as written, in foreign words, or translated by Iril).
 */
package io.kinrealm.acceptance.languages;
