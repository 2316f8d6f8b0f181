/** The nine civilizations of the cosmos, their tongues and what a newly created character inherits from them. */
package io.kinrealm.domain.civilization;
