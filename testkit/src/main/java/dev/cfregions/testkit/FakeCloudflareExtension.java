package dev.cfregions.testkit;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.spi.HttpTransport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link FakeCloudflare} per test class, its loopback server started
 * once. Test and lifecycle methods can declare parameters of type
 * <ul>
 *   <li>{@link FakeCloudflare}: the class's fake (use {@link FakeCloudflare#baseUrl()} for other clients);</li>
 *   <li>{@link CloudflareClient}: a client for the current test, authenticated with
 *       {@link #DEFAULT_TOKEN} and wired to the fake through its in-process transport (no socket,
 *       no transport module needed), or over the loopback server with a transport found by name
 *       ({@link Builder#loopbackTransport(String)}); closed, with its transport, after the test.</li>
 * </ul>
 * The fake accepts {@link #DEFAULT_TOKEN} on every zone unless the builder says otherwise.
 *
 * <p><b>Class-level seed.</b> Before each test the fake is {@linkplain FakeCloudflare#reset() reset}
 * and then given the class's seed again: the mappings that
 * {@code @BeforeAll} methods (or a static initializer) left in it, captured before the first
 * test. Everything else (tokens registered at run time, faults, the journal, the clock, rate
 * limit, paging quirks, v1 retirement) goes back to the builder's settings.
 *
 * <p><b>Parallel execution.</b> The extension serializes the tests that share a fake: each test
 * holds the fake's permit from before its first {@code @BeforeEach} until after its last
 * {@code @AfterEach}, so under JUnit's {@code concurrent} mode the tests of one class run one at a
 * time on their fake and never see each other's mappings, resets or faults; different classes
 * have different fakes and still run in parallel. {@code @BeforeAll} / {@code @AfterAll} methods
 * run outside any test and must not race with tests of their own class (JUnit never does that).
 *
 * <pre>{@code
 * @ExtendWith(FakeCloudflareExtension.class)
 * class MyTest {
 *     @Test
 *     void lists(FakeCloudflare fake, CloudflareClient client) {
 *         fake.seed(FakeCloudflare.EXAMPLE_ZONE_ID, mapping);
 *         client.cache().originCloudRegions().list(FakeCloudflare.EXAMPLE_ZONE_ID);
 *     }
 * }
 *
 * class MyOtherTest {
 *     @RegisterExtension
 *     static final FakeCloudflareExtension CF = FakeCloudflareExtension.builder()
 *             .configure(b -> b.v1DeleteNotFoundCode(1142))
 *             .instantSleeps()
 *             .build();
 * }
 * }</pre>
 */
public final class FakeCloudflareExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    /** The token the fake accepts by default. */
    public static final String DEFAULT_TOKEN = "fake-cloudflare-test-token";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeCloudflareExtension.class);

    private final Consumer<FakeCloudflare.Builder> configuration;
    private final Consumer<CloudflareClient.Builder> clientConfiguration;
    /** The transport provider's name for a loopback client; null for the in-process transport. */
    private final String loopbackTransport;
    private volatile FakeCloudflare current;

    /** With the defaults; the constructor {@code @ExtendWith} uses. */
    public FakeCloudflareExtension() {
        this(b -> { }, b -> { }, null);
    }

    private FakeCloudflareExtension(Consumer<FakeCloudflare.Builder> configuration,
                                    Consumer<CloudflareClient.Builder> clientConfiguration,
                                    String loopbackTransport) {
        this.configuration = configuration;
        this.clientConfiguration = clientConfiguration;
        this.loopbackTransport = loopbackTransport;
    }

    /** {@return a builder for use with {@code @RegisterExtension}} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the fake this extension started for the running test class, for code that cannot take it
     * as a parameter (a static {@code @RegisterExtension} field's owner, say)}
     *
     * @throws IllegalStateException before the class's tests started
     */
    public FakeCloudflare fake() {
        FakeCloudflare f = current;
        if (f == null) {
            throw new IllegalStateException("No FakeCloudflare yet: the extension starts it before the test class runs");
        }
        return f;
    }

    /** Creates and starts the class's fake; JUnit closes it, through its store, when the class is done. */
    @Override
    public void beforeAll(ExtensionContext context) {
        holder(context);
    }

    /**
     * Waits for the fake's permit (held until the test's store closes, after its
     * {@code @AfterEach} methods), then resets the fake to the class's seed.
     */
    @Override
    public void beforeEach(ExtensionContext context) throws InterruptedException {
        Holder holder = holder(context);
        holder.permit.acquire();
        context.getStore(NAMESPACE).put(Permit.class, new Permit(holder.permit));
        holder.resetToClassSeed();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == FakeCloudflare.class || type == CloudflareClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == FakeCloudflare.class) {
            return holder(context).fake;
        }
        if (type == CloudflareClient.class) {
            FakeCloudflare fake = holder(context).fake;
            // one client per test (or per lifecycle method), closed when that context ends
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(ClientHolder.class,
                    key -> new ClientHolder(fake, loopbackTransport, clientConfiguration), ClientHolder.class).client;
        }
        throw new ParameterResolutionException("FakeCloudflareExtension cannot supply " + parameter.getParameter());
    }

    /** The class-level fake, created and started on first use and closed with the class context. */
    private Holder holder(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(this, key -> {
            FakeCloudflare.Builder b = FakeCloudflare.builder().token(DEFAULT_TOKEN, TokenScope.allZones());
            configuration.accept(b);
            FakeCloudflare fake = b.build().start();
            current = fake;
            return new Holder(fake);
        }, Holder.class);
    }

    /** Closes the fake when JUnit closes the class-level store. */
    @SuppressWarnings("deprecation") // CloseableResource: JUnit before 5.13 closes only those
    private static final class Holder implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        final FakeCloudflare fake;
        /** One test at a time on this fake; fair, so no test starves under {@code concurrent} mode. */
        final Semaphore permit = new Semaphore(1, true);
        /** What the class-level lifecycle seeded, captured before the first test; guarded by {@link #permit}. */
        private ClassSeed seed;

        Holder(FakeCloudflare fake) {
            this.fake = fake;
        }

        void resetToClassSeed() {
            if (seed == null) {
                seed = ClassSeed.capture(fake);
            }
            fake.reset();
            seed.applyTo(fake);
        }

        @Override
        public void close() {
            fake.close();
        }
    }

    /** Gives a test's permit back when JUnit closes the test's store. */
    @SuppressWarnings("deprecation") // CloseableResource: JUnit before 5.13 closes only those
    private static final class Permit implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        private final Semaphore permit;
        private final java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();

        Permit(Semaphore permit) {
            this.permit = permit;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                permit.release();
            }
        }
    }

    /**
     * A client on the fake's in-process transport, or on the loopback server through a transport
     * the client discovers by name (then the client owns it); closes both when JUnit closes its store.
     */
    @SuppressWarnings("deprecation") // CloseableResource: JUnit before 5.13 closes only those
    private static final class ClientHolder implements AutoCloseable, ExtensionContext.Store.CloseableResource {
        /** The in-process transport, which the client does not own; null for a loopback client. */
        final HttpTransport transport;
        final CloudflareClient client;

        ClientHolder(FakeCloudflare fake, String loopbackTransport, Consumer<CloudflareClient.Builder> configuration) {
            CloudflareClient.Builder b = CloudflareClient.builder().apiToken(DEFAULT_TOKEN);
            if (loopbackTransport == null) {
                this.transport = fake.transport();
                b.baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL).transport(transport);
            } else {
                this.transport = null;
                b.baseUrl(fake.baseUrl()).transportName(loopbackTransport);
            }
            configuration.accept(b);
            this.client = b.build();
        }

        @Override
        public void close() {
            client.close();
            if (transport != null) {
                transport.close();
            }
        }
    }

    /** Configures a {@link FakeCloudflareExtension}. */
    public static final class Builder {
        private Consumer<FakeCloudflare.Builder> configuration = b -> { };
        private Consumer<CloudflareClient.Builder> clientConfiguration = b -> { };
        private String loopbackTransport;

        private Builder() {}

        /**
         * Wires the injected client to the fake's loopback server ({@link FakeCloudflare#baseUrl()})
         * over the transport whose {@code TransportProvider} has this name, found through
         * {@link java.util.ServiceLoader} by {@link CloudflareClient.Builder#transportName(String)}
         * (put the transport module, e.g. {@code okhttp}, on the test class path; the testkit
         * itself depends on none). Without this call the client uses the in-process transport.
         *
         * @param providerName the transport provider's name, e.g. {@code okhttp}, {@code apache}, {@code netty}
         * @return this builder
         * @throws IllegalArgumentException for a blank name
         */
        public Builder loopbackTransport(String providerName) {
            Objects.requireNonNull(providerName, "providerName");
            if (providerName.isBlank()) {
                throw new IllegalArgumentException("loopbackTransport: the provider name must not be blank");
            }
            loopbackTransport = providerName;
            return this;
        }

        /**
         * Gives the injected client a sleeper that does not sleep: every retry backoff and
         * {@code Retry-After} wait completes at once, so retry tests run in milliseconds.
         *
         * @return this builder
         */
        public Builder instantSleeps() {
            return configureClient(b -> b.sleeper(delay -> CompletableFuture.completedFuture(null)));
        }

        /**
         * Adjusts the injected client's builder (after base URL, token and transport are set),
         * e.g. its retry policy or sleeper. Calls accumulate.
         *
         * @param step the adjustment
         * @return this builder
         */
        public Builder configureClient(Consumer<CloudflareClient.Builder> step) {
            Objects.requireNonNull(step, "step");
            clientConfiguration = clientConfiguration.andThen(step);
            return this;
        }

        /**
         * Adjusts the fake's builder (after the default token is registered). Calls accumulate.
         *
         * @param step the adjustment
         * @return this builder
         */
        public Builder configure(Consumer<FakeCloudflare.Builder> step) {
            Objects.requireNonNull(step, "step");
            configuration = configuration.andThen(step);
            return this;
        }

        /** {@return the extension, for a {@code @RegisterExtension} field (static: one fake per class)} */
        public FakeCloudflareExtension build() {
            return new FakeCloudflareExtension(configuration, clientConfiguration, loopbackTransport);
        }
    }
}
