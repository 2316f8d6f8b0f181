/**
 * What families, divine alignment and languages need from the world: where families, devotion and spoken tongues are
 * kept, and the names of the events they publish on family channels.
 */
package io.kinrealm.application.family.port.out;
