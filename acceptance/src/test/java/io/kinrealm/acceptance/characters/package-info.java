/** Steps of the characters feature: civilizations, names, families, starting devotion, who may play whom. */
package io.kinrealm.acceptance.characters;
