package io.kinrealm.adapters.web.gateway;

import io.kinrealm.application.family.port.in.ReportPositionUseCase;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.PositionReport;
import io.kinrealm.application.family.port.in.ReportPositionUseCase.ReportPosition;
import java.util.Map;

/**
 * {@code position.report}: where the connection's character stands. The reply says whether the report was taken or
 * dropped for coming too fast; taken reports reach the family's circle in the next batch as {@code family.positions}.
 */
final class PositionOp implements Op {
    private final ReportPositionUseCase reportPosition;

    PositionOp(ReportPositionUseCase reportPosition) {
        this.reportPosition = reportPosition;
    }

    @Override
    public Object handle(Connection connection, Request request) {
        Args args = new Args(request.d());
        String section = args.text("section");
        Double x = args.number("x");
        Double y = args.number("y");
        args.validate();
        Identity me = connection.identity().orElseThrow();
        PositionReport report = OpRefused.valueOf(reportPosition.report(
                new ReportPosition(me.character(), section, x, y)));
        return Map.of("accepted", report.accepted());
    }
}
