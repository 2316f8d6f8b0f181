package io.kinrealm.adapters.client.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The figures of one run (see {@link Usage} for their definitions), printed as one JSON line. */
record BenchResult(int clientsConnected, int connectFailures, long sent, long expectedDeliveries, long delivered,
                   long deliveredToOthers, long deliveredEcho, double msgsPerSecondDelivered, double p50Ms,
                   double p95Ms, double p99Ms, double maxMs, long duplicates, long gaps, long errors,
                   long reconnects) {
    private static final ObjectMapper JSON = new ObjectMapper();

    double lossRatio() {
        return expectedDeliveries == 0 ? 0 : 1.0 - (double) delivered / expectedDeliveries;
    }

    String toJson() {
        return toJson(Map.of());
    }

    /** The JSON line, with extra figures (such as the processes' CPU and memory) appended. */
    String toJson(Map<String, Object> extra) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("clients_connected", clientsConnected);
        fields.put("connect_failures", connectFailures);
        fields.put("sent", sent);
        fields.put("expected_deliveries", expectedDeliveries);
        fields.put("delivered", delivered);
        fields.put("delivered_to_others", deliveredToOthers);
        fields.put("delivered_echo", deliveredEcho);
        fields.put("loss_ratio", Math.round(lossRatio() * 1e6) / 1e6);
        fields.put("msgs_per_s_delivered", Math.round(msgsPerSecondDelivered * 10) / 10.0);
        fields.put("p50_ms", p50Ms);
        fields.put("p95_ms", p95Ms);
        fields.put("p99_ms", p99Ms);
        fields.put("max_ms", maxMs);
        fields.put("duplicates", duplicates);
        fields.put("gaps", gaps);
        fields.put("errors", errors);
        fields.put("reconnects", reconnects);
        fields.putAll(extra);
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
