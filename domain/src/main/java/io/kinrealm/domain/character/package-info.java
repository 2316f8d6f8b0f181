/** Player characters: their names, civilization and the birth that founds their family. */
package io.kinrealm.domain.character;
