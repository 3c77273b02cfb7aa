package dev.cfregions.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.core.spi.TransportProvider;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import org.junit.jupiter.api.Test;

class TransportSelectorTest {

    record Provider(String name, int priority) implements TransportProvider {
        @Override
        public HttpTransport create(TransportConfig config) {
            throw new UnsupportedOperationException();
        }
    }

    private static TransportSelector.Loaded loaded(TransportProvider... ps) {
        return new TransportSelector.Loaded(List.of(ps), List.of());
    }

    @Test
    void theHighestPriorityWins() {
        assertThat(TransportSelector.select(loaded(new Provider("netty", 100), new Provider("okhttp", 300), new Provider("apache", 200)), null)
                .name()).isEqualTo("okhttp");
    }

    @Test
    void tiesAreBrokenByNameNotByClassPathOrder() {
        assertThat(TransportSelector.select(loaded(new Provider("zeta", 5), new Provider("alpha", 5)), null).name()).isEqualTo("alpha");
        assertThat(TransportSelector.select(loaded(new Provider("alpha", 5), new Provider("zeta", 5)), null).name()).isEqualTo("alpha");
    }

    @Test
    void thePropertyNamesTheProvider() {
        assertThat(TransportSelector.select(loaded(new Provider("okhttp", 300), new Provider("netty", 100)), "netty").name()).isEqualTo("netty");
    }

    @Test
    void aPropertyNamingAMissingProviderSaysWhatIsThere() {
        assertThatThrownBy(() -> TransportSelector.select(loaded(new Provider("okhttp", 300)), "netty"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("netty").hasMessageContaining("okhttp (priority 300)");
    }

    @Test
    void noneFoundNamesTheThreeArtifacts() {
        assertThatThrownBy(() -> TransportSelector.select(loaded(), null)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cfregions-transport-okhttp").hasMessageContaining("cfregions-transport-apache")
                .hasMessageContaining("cfregions-transport-netty");
    }

    @Test
    void aProviderThatFailsToLoadIsReportedNotSwallowed() {
        Iterable<TransportProvider> broken = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < 2;
            }

            @Override
            public TransportProvider next() {
                if (i++ == 0) {
                    throw new ServiceConfigurationError("com.example.BrokenProvider could not be instantiated");
                }
                if (i > 2) {
                    throw new NoSuchElementException();
                }
                return new Provider("apache", 200);
            }
        };
        TransportSelector.Loaded l = TransportSelector.load(broken);
        assertThat(l.providers()).extracting(TransportProvider::name).containsExactly("apache");
        assertThatThrownBy(() -> TransportSelector.select(new TransportSelector.Loaded(List.of(), l.errors()), null))
                .hasMessageContaining("com.example.BrokenProvider");
    }

    @Test
    void withNoTransportOnCoresClassPathDiscoveryFailsClearly() {
        assertThatThrownBy(TransportSelector::select).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No HTTP transport found");
    }
}
