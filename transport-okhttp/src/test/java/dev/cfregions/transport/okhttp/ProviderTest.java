package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ProviderTest {

    @Test
    void serviceLoaderFindsTheOkHttpProvider() {
        List<TransportProvider> okhttp = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("okhttp"))
                .collect(Collectors.toList());
        assertThat(okhttp).hasSize(1);
        assertThat(okhttp.get(0)).isInstanceOf(OkHttpTransportProvider.class);
        assertThat(okhttp.get(0).priority()).isEqualTo(300);
        try (HttpTransport transport = okhttp.get(0).create(TransportConfig.defaults())) {
            assertThat(transport).isInstanceOf(OkHttpTransport.class);
            assertThat(transport.name()).isEqualTo("okhttp");
        }
    }
}
