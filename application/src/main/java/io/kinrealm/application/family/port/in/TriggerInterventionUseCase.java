package io.kinrealm.application.family.port.in;

import io.kinrealm.application.account.port.in.Principal;
import io.kinrealm.domain.shared.Outcome;
import java.util.Objects;

/**
 * An operator calls on a faction's god to intervene in the world, everywhere or over one region. The intervention is
 * pushed at once to the faction's channel, where its devout and dominant followers hear it, and written to the audit
 * log. Only operators may (else {@code operators_only}); an unknown faction or a region off the map fails validation.
 */
public interface TriggerInterventionUseCase {

    Outcome<InterventionView> trigger(TriggerIntervention command);

    /**
     * @param operator who calls on the god
     * @param faction  {@code order}, {@code chaos} or {@code void}
     * @param region   a section path of any level such as {@code 5.12}, or null for the whole world
     */
    record TriggerIntervention(Principal operator, String faction, String region) {
        public TriggerIntervention {
            Objects.requireNonNull(operator, "operator");
        }
    }

    /**
     * The intervention as it was announced.
     *
     * @param faction      whose god intervened
     * @param intervention {@code aegis}, {@code wrath} or {@code veil}
     * @param region       the section path, or null for the whole world
     * @param at           when, as an ISO instant
     */
    record InterventionView(String faction, String intervention, String region, String at) {
    }
}
