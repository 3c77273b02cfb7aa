package dev.cfregions.core.internal;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.TransportProvider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Chooses the transport provider when the application did not pass a transport: the one the
 * system property {@value #PROPERTY} names, else the highest {@link TransportProvider#priority()}
 * (ties by name) among those {@link ServiceLoader} finds. Logs what it found and chose; never
 * picks silently, never fails merely because several are present.
 */
public final class TransportSelector {
    /** The system property that names the provider to use. */
    public static final String PROPERTY = "dev.cfregions.transport";

    static final String ARTIFACTS = "dev.cfregions:cfregions-transport-okhttp, dev.cfregions:cfregions-transport-apache "
            + "or dev.cfregions:cfregions-transport-netty";

    private static final Logger LOG = System.getLogger("dev.cfregions.transport");

    private TransportSelector() {}

    /** Selects from the providers visible to this class's loader, honouring the system property. */
    public static TransportProvider select() {
        return select(null);
    }

    /**
     * Selects the provider named {@code name}, or (when it is null) as {@link #select()} does.
     *
     * @param name a provider name, or null for the property or the highest priority
     * @return the chosen provider
     */
    public static TransportProvider select(String name) {
        return select(load(ServiceLoader.load(TransportProvider.class, TransportSelector.class.getClassLoader())),
                name != null ? name : System.getProperty(PROPERTY));
    }

    static TransportProvider select(Loaded loaded, String requested) {
        List<TransportProvider> found = new ArrayList<>(loaded.providers);
        found.sort(Comparator.comparingInt(TransportProvider::priority).reversed().thenComparing(TransportProvider::name));
        String names = found.stream().map(p -> p.name() + " (priority " + p.priority() + ")").collect(Collectors.joining(", "));
        LOG.log(Level.DEBUG, "HTTP transports found: {0}", found.isEmpty() ? "none" : names);
        if (requested != null && !requested.isBlank()) {
            for (TransportProvider p : found) {
                if (p.name().equals(requested)) {
                    LOG.log(Level.DEBUG, "HTTP transport chosen by -D{0}: {1}", PROPERTY, p.name());
                    return p;
                }
            }
            throw new ConfigurationException("The transport \"" + requested + "\" (chosen by name or -D" + PROPERTY
                    + ") is not on the class path; found: "
                    + (found.isEmpty() ? "none" : names) + ". Add " + ARTIFACTS + loaded.problems());
        }
        if (found.isEmpty()) {
            throw new ConfigurationException("No HTTP transport found: add one of " + ARTIFACTS
                    + " to the class path, or pass one to CloudflareClient.builder().transport(...)" + loaded.problems());
        }
        TransportProvider chosen = found.get(0);
        LOG.log(Level.DEBUG, "HTTP transport chosen: {0}", chosen.name());
        return chosen;
    }

    /** Instantiates every provider, keeping the errors of those that fail rather than swallowing them. */
    static Loaded load(Iterable<TransportProvider> loader) {
        List<TransportProvider> providers = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Iterator<TransportProvider> it = loader.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                providers.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.log(Level.WARNING, "A transport provider failed to load: " + e.getMessage(), e);
                errors.add(e.getMessage());
            }
        }
        return new Loaded(providers, errors);
    }

    /** What the service loader produced. */
    record Loaded(List<TransportProvider> providers, List<String> errors) {
        String problems() {
            return errors.isEmpty() ? "" : " (providers that failed to load: " + String.join("; ", errors) + ")";
        }
    }
}
