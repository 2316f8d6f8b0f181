/** What drivers call to create, read and list characters and civilizations. */
package io.kinrealm.application.character.port.in;
