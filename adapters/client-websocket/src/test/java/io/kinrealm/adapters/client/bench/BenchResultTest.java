package io.kinrealm.adapters.client.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchResultTest {

    @Test
    void the_result_is_one_json_line_with_every_figure_the_issue_asks_for() throws Exception {
        BenchResult result = new BenchResult(990, 10, 1000, 10_000, 9_990, 9_000, 990, 333.3, 1.2, 3.4, 5.6, 7.8,
                0, 0, 2, 1);

        String line = result.toJson();
        JsonNode json = new ObjectMapper().readTree(line);

        assertThat(line).doesNotContain("\n");
        assertThat(json.properties()).extracting(Map.Entry::getKey).containsAll(List.of(
                "clients_connected", "connect_failures", "sent", "expected_deliveries", "delivered", "loss_ratio",
                "msgs_per_s_delivered", "p50_ms", "p95_ms", "p99_ms", "max_ms", "duplicates", "errors"));
        assertThat(json.path("loss_ratio").asDouble()).isEqualTo(0.001);
        assertThat(json.path("p99_ms").asDouble()).isEqualTo(5.6);
        assertThat(json.path("clients_connected").asInt()).isEqualTo(990);
    }

    @Test
    void nothing_expected_means_no_loss() {
        assertThat(new BenchResult(0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).lossRatio()).isZero();
    }
}
