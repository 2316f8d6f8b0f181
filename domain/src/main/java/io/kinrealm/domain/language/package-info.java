/**
 * Languages as a character hears them: proficiency per tongue, the word-comprehension rule, the deterministic
 * scrambler that turns words a reader does not understand into foreign-sounding words, and Iril's translation.
 * Everything here is pure and reproducible, so any node (or any other implementation) renders the same text alike.
 */
package io.kinrealm.domain.language;
