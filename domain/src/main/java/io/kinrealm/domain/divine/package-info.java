/**
 * Divine alignment: a character's devotion to Order, Chaos and Void, the shares and dominant faction that follow from
 * it, the catalog of deeds that earn devotion, and the odds of a god intervening in battle. Every number comes from
 * {@link io.kinrealm.domain.divine.DivineRules}.
 */
package io.kinrealm.domain.divine;
