/**
 * Glue of {@code families.feature}: bonds and their tiers, gifts, neglect, kin, companions' orders and what close
 * bonds unlock, and family tracking (where the family and its kin stand, position reports and their batches),
 * driven through the families use cases over the scenario's in-memory Kinrealm.
 */
package io.kinrealm.acceptance.families;
