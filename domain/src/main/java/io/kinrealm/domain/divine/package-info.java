/** Divine alignment: devotion of characters to Order, Chaos and Void. */
package io.kinrealm.domain.divine;
