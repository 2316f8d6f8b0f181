/** Identifiers, refusals and outcome types shared by every capability of the domain. */
package io.kinrealm.domain.shared;
