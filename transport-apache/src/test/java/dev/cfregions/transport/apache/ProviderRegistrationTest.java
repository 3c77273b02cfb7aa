package dev.cfregions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ProviderRegistrationTest {

    @Test
    void service_loader_finds_the_apache_provider() {
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof ApacheTransportProvider)
                .collect(Collectors.toList());

        assertThat(providers).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("apache");
            assertThat(p.priority()).isEqualTo(200);
        });
    }

    @Test
    void provider_creates_a_working_apache_transport() {
        try (HttpTransport transport = new ApacheTransportProvider().create(TransportConfig.defaults())) {
            assertThat(transport).isInstanceOf(ApacheTransport.class);
            assertThat(transport.name()).isEqualTo("apache");
        }
    }
}
