package io.kinrealm.bootstrap;

import io.kinrealm.adapters.web.WebFamilyUseCases;
import io.kinrealm.application.family.FamilyUseCases;
import io.kinrealm.adapters.web.WebUseCases;
import io.kinrealm.application.KinrealmCore;
import io.kinrealm.application.realtime.port.out.EventBus;

/** Hands the core's use cases to the web adapter. */
final class WebWiring {
    private WebWiring() {
    }

    static WebUseCases useCases(KinrealmCore core, EventBus bus) {
        return new WebUseCases(core.registerAccount(), core.getMyAccount(), core.logIn(), core.refreshSession(),
                core.logOut(), core.authenticate(), core.createCharacter(), core.getCharacter(),
                core.listMyCharacters(), core.listCivilizations(), core.actAsCharacter(), core.throttle(),
                core.checkReadiness(), core.joinChannel(), core.sendChatMessage(), core.chatHistory(),
                core.catchUp(), core.replayChannel(), core.presence(), bus, families(core.families()),
                core.grantRole(), core.revokeRole(), core.auditLog());
    }

    private static WebFamilyUseCases families(FamilyUseCases f) {
        return new WebFamilyUseCases(f.readFamily(), f.giveGift(), f.grantKin(), f.acceptKin(), f.revokeKin(),
                f.orderCompanion(), f.recordDeed(), f.readAlignment(), f.learnLanguage(), f.readLanguages(),
                f.renderText(), f.readerProfile(), f.reportPosition(), f.flushPositions(), f.readFamilyPositions(),
                f.triggerIntervention());
    }
}
