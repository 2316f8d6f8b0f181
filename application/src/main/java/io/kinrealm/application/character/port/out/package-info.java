/** Character storage. */
package io.kinrealm.application.character.port.out;
