package dev.cfregions.testkit;

import dev.cfregions.core.model.Mapping;
import java.util.List;
import java.util.Map;

/**
 * The mappings a test class's {@code @BeforeAll} left in its fake, captured before the first test
 * so each test can start from them rather than from an empty fake (timestamps kept).
 */
final class ClassSeed {
    private final Map<String, List<Mapping>> zones;

    private ClassSeed(Map<String, List<Mapping>> zones) {
        this.zones = zones;
    }

    static ClassSeed capture(FakeCloudflare fake) {
        return new ClassSeed(Map.copyOf(fake.zones()));
    }

    void applyTo(FakeCloudflare fake) {
        zones.forEach(fake::seed);
    }
}
