/**
 * What drivers call about families, divine alignment and languages: reading a family, gifts, kin and orders, deeds
 * and alignment, learning languages and rendering a text for a reader. One use case per interface.
 */
package io.kinrealm.application.family.port.in;
