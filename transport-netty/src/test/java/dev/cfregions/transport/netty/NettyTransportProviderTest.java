package dev.cfregions.transport.netty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The provider is found through ServiceLoader and makes a working transport. */
class NettyTransportProviderTest {

    @Test
    void serviceLoaderFindsTheNettyProvider() {
        List<TransportProvider> providers = ServiceLoader.load(TransportProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.getClass().getPackageName().equals("dev.cfregions.transport.netty"))
                .toList();
        assertThat(providers).hasSize(1);
        TransportProvider provider = providers.get(0);
        assertThat(provider).isInstanceOf(NettyTransportProvider.class);
        assertThat(provider.name()).isEqualTo("netty");
        assertThat(provider.priority()).isEqualTo(100);
        try (HttpTransport transport = provider.create(TransportConfig.defaults())) {
            assertThat(transport).isInstanceOf(NettyTransport.class);
            assertThat(transport.name()).isEqualTo("netty");
        }
    }
}
