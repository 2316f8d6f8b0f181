/** Characters: creation with their family, reading them, and acting as one of one's own characters. */
package io.kinrealm.application.character;
