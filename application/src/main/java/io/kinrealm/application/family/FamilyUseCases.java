package io.kinrealm.application.family;

import io.kinrealm.application.audit.port.out.AuditLog;
import io.kinrealm.application.character.port.out.Characters;
import io.kinrealm.application.family.port.in.AcceptKinUseCase;
import io.kinrealm.application.family.port.in.FlushPositionsUseCase;
import io.kinrealm.application.family.port.in.GiveGiftUseCase;
import io.kinrealm.application.family.port.in.GrantKinUseCase;
import io.kinrealm.application.family.port.in.LearnLanguageUseCase;
import io.kinrealm.application.family.port.in.OrderCompanionUseCase;
import io.kinrealm.application.family.port.in.ReadAlignmentUseCase;
import io.kinrealm.application.family.port.in.ReadFamilyPositionsUseCase;
import io.kinrealm.application.family.port.in.ReadFamilyUseCase;
import io.kinrealm.application.family.port.in.ReadLanguagesUseCase;
import io.kinrealm.application.family.port.in.ReaderProfileUseCase;
import io.kinrealm.application.family.port.in.RecordDeedUseCase;
import io.kinrealm.application.family.port.in.RenderTextUseCase;
import io.kinrealm.application.family.port.in.ReportPositionUseCase;
import io.kinrealm.application.family.port.in.RevokeKinUseCase;
import io.kinrealm.application.family.port.in.TriggerInterventionUseCase;
import io.kinrealm.application.realtime.port.out.EventBus;
import io.kinrealm.application.shared.port.out.GameClock;
import io.kinrealm.domain.language.TextRenderer;
import io.kinrealm.domain.rules.RuleBook;

/** Every use case of families (tracking included), divine alignment and languages, assembled from their stores. */
public record FamilyUseCases(ReadFamilyUseCase readFamily, GiveGiftUseCase giveGift, GrantKinUseCase grantKin,
                             AcceptKinUseCase acceptKin, RevokeKinUseCase revokeKin,
                             OrderCompanionUseCase orderCompanion, RecordDeedUseCase recordDeed,
                             ReadAlignmentUseCase readAlignment, LearnLanguageUseCase learnLanguage,
                             ReadLanguagesUseCase readLanguages, RenderTextUseCase renderText,
                             ReaderProfileUseCase readerProfile, ReportPositionUseCase reportPosition,
                             FlushPositionsUseCase flushPositions, ReadFamilyPositionsUseCase readFamilyPositions,
                             TriggerInterventionUseCase triggerIntervention) {

    /** Builds the services of the capability over its stores and the core's shared ports. */
    public static FamilyUseCases assemble(FamilyStores stores, Characters characters, EventBus bus, GameClock clock,
                                          RuleBook rules, AuditLog auditLog) {
        FamilyService family = FamilyService.over(stores.families(), characters, stores.positions(), bus, clock, rules);
        DevotionService devotion = new DevotionService(characters, stores.devotions(), stores.families(), bus, clock,
                rules);
        LanguageService language = new LanguageService(characters, stores.tongues(), stores.families(), bus, clock,
                rules, TextRenderer.defaults());
        return new FamilyUseCases(family, family, family, family, family, family, devotion, devotion, language,
                language, language, language, family.tracking(), family.tracking(), family,
                new WorldInterventions(bus, auditLog, clock, rules.map()));
    }
}
