/**
 * Families: a character with its companions Ashnar and Iril, the bonds between the three (bond events, tiers, neglect
 * computed from the clock, the effects strong bonds unlock), companion orders, and the kin a family lets in.
 */
package io.kinrealm.domain.family;
