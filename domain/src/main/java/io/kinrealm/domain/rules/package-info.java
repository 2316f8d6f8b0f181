/** The rule book: every tunable number of the game in one immutable place, with the design sheet's defaults. */
package io.kinrealm.domain.rules;
