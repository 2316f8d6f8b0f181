/**
 * Families, divine alignment and languages: the services that read and change families (gifts, kin, orders), record
 * deeds and read alignment, teach languages and render texts for a reader, publishing what changed on the family
 * channel.
 */
package io.kinrealm.application.family;
