package io.kinrealm.adapters.web;

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
import java.util.Objects;

/**
 * The use cases of families, divine alignment and languages that the HTTP server drives, one {@code port.in}
 * interface each. Wiring hands in the ones its core assembled; a test may swap any one of them.
 */
public record WebFamilyUseCases(ReadFamilyUseCase readFamily, GiveGiftUseCase giveGift, GrantKinUseCase grantKin,
                                AcceptKinUseCase acceptKin, RevokeKinUseCase revokeKin,
                                OrderCompanionUseCase orderCompanion, RecordDeedUseCase recordDeed,
                                ReadAlignmentUseCase readAlignment, LearnLanguageUseCase learnLanguage,
                                ReadLanguagesUseCase readLanguages, RenderTextUseCase renderText,
                                ReaderProfileUseCase readerProfile, ReportPositionUseCase reportPosition,
                                FlushPositionsUseCase flushPositions,
                                ReadFamilyPositionsUseCase readFamilyPositions,
                                TriggerInterventionUseCase triggerIntervention) {
    public WebFamilyUseCases {
        Objects.requireNonNull(readFamily, "readFamily");
        Objects.requireNonNull(giveGift, "giveGift");
        Objects.requireNonNull(grantKin, "grantKin");
        Objects.requireNonNull(acceptKin, "acceptKin");
        Objects.requireNonNull(revokeKin, "revokeKin");
        Objects.requireNonNull(orderCompanion, "orderCompanion");
        Objects.requireNonNull(recordDeed, "recordDeed");
        Objects.requireNonNull(readAlignment, "readAlignment");
        Objects.requireNonNull(learnLanguage, "learnLanguage");
        Objects.requireNonNull(readLanguages, "readLanguages");
        Objects.requireNonNull(renderText, "renderText");
        Objects.requireNonNull(readerProfile, "readerProfile");
        Objects.requireNonNull(reportPosition, "reportPosition");
        Objects.requireNonNull(flushPositions, "flushPositions");
        Objects.requireNonNull(readFamilyPositions, "readFamilyPositions");
        Objects.requireNonNull(triggerIntervention, "triggerIntervention");
    }
}
