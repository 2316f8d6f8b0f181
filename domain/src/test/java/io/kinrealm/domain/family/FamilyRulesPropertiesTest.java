package io.kinrealm.domain.family;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FamilyRulesPropertiesTest {
    private final FamilyRules rules = FamilyRules.defaults();

    @Property
    void a_stronger_bond_is_never_in_a_lower_tier(@ForAll @IntRange(min = 0, max = 100) int weaker,
                                                  @ForAll @IntRange(min = 0, max = 100) int stronger) {
        int low = Math.min(weaker, stronger);
        int high = Math.max(weaker, stronger);

        assertThat(rules.tierOf(low)).isLessThanOrEqualTo(rules.tierOf(high));
    }
}
