/**
 * Glue of {@code divine_alignment.feature}: deeds recorded by gameplay, the Divine Alignment Bars (points, shares,
 * dominant faction, devout) and the alignment shifts a family hears about.
 */
package io.kinrealm.acceptance.divine;
