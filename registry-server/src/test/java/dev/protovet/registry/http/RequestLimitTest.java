package dev.protovet.registry.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.protovet.registry.http.RunningRegistry.Answer;
import org.junit.jupiter.api.Test;

/** A request body over the configured size is refused with 413 before it is parsed, and nothing is stored. */
class RequestLimitTest {
    @Test
    void anOversizedBodyIs413() {
        AppSettings defaults = AppSettings.defaults();
        try (RunningRegistry registry = new RunningRegistry(TestDatabases.h2(),
                new AppSettings(defaults.host(), 0, 4096, defaults.clusterId(), null))) {
            String big = RegistryApiContract.body(RegistryApiContract.ORDER_V1 + "// " + "x".repeat(5000) + "\n");

            Answer answer = registry.post("/subjects/orders-value/versions", big);

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.errorCode()).isEqualTo(413);
            assertThat(registry.get("/subjects").body()).isEqualTo("[]");
        }
    }
}
