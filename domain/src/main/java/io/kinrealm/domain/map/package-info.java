/**
 * The map: four zoom levels of sections addressed by their path of grid indexes, positions inside a detail section,
 * and the pace at which clients may report where they are. Exploration, views and divine influence come with the
 * map capability; what is here is what family tracking needs.
 */
package io.kinrealm.domain.map;
