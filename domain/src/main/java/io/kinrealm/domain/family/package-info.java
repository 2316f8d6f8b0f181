/** Families: a character with its companions Ashnar and Iril, and the bonds between the three. */
package io.kinrealm.domain.family;
