package dev.cfregions.testkit;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.spi.HttpTransport;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link FakeCloudflare} per test class, its loopback server started
 * once, its state {@linkplain FakeCloudflare#reset() reset} before each test. Test and
 * lifecycle methods can declare parameters of type
 * <ul>
 *   <li>{@link FakeCloudflare}: the class's fake (use {@link FakeCloudflare#baseUrl()} for other clients);</li>
 *   <li>{@link CloudflareClient}: a client for the current test, authenticated with
 *       {@link #DEFAULT_TOKEN} and wired to the fake through its in-process transport (no socket,
 *       no transport module needed); closed, with its transport, after the test.</li>
 * </ul>
 * The fake accepts {@link #DEFAULT_TOKEN} on every zone unless the builder says otherwise.
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
    private volatile FakeCloudflare current;

    /** With the defaults; the constructor {@code @ExtendWith} uses. */
    public FakeCloudflareExtension() {
        this(b -> { }, b -> { });
    }

    private FakeCloudflareExtension(Consumer<FakeCloudflare.Builder> configuration,
                                    Consumer<CloudflareClient.Builder> clientConfiguration) {
        this.configuration = configuration;
        this.clientConfiguration = clientConfiguration;
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

    @Override
    public void beforeEach(ExtensionContext context) {
        holder(context).fake.reset();
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
                    key -> new ClientHolder(fake, clientConfiguration), ClientHolder.class).client;
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
    private static final class Holder implements AutoCloseable {
        final FakeCloudflare fake;

        Holder(FakeCloudflare fake) {
            this.fake = fake;
        }

        @Override
        public void close() {
            fake.close();
        }
    }

    /** A client on the fake's in-process transport; closes both when JUnit closes its store. */
    private static final class ClientHolder implements AutoCloseable {
        final HttpTransport transport;
        final CloudflareClient client;

        ClientHolder(FakeCloudflare fake, Consumer<CloudflareClient.Builder> configuration) {
            this.transport = fake.transport();
            CloudflareClient.Builder b = CloudflareClient.builder()
                    .baseUrl(FakeCloudflare.IN_PROCESS_BASE_URL)
                    .apiToken(DEFAULT_TOKEN)
                    .transport(transport);
            configuration.accept(b);
            this.client = b.build();
        }

        @Override
        public void close() {
            client.close();
            transport.close();
        }
    }

    /** Configures a {@link FakeCloudflareExtension}. */
    public static final class Builder {
        private Consumer<FakeCloudflare.Builder> configuration = b -> { };
        private Consumer<CloudflareClient.Builder> clientConfiguration = b -> { };

        private Builder() {}

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
            return new FakeCloudflareExtension(configuration, clientConfiguration);
        }
    }
}
