package dev.cfregions.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one {@link FakeCloudflare} per test class, its loopback server started
 * once, its state {@linkplain FakeCloudflare#reset() reset} before each test, and injected into
 * test and lifecycle methods as a {@code FakeCloudflare} parameter. The fake accepts the token
 * {@link #DEFAULT_TOKEN} on every zone unless the builder says otherwise.
 *
 * <pre>{@code
 * @ExtendWith(FakeCloudflareExtension.class)
 * class MyTest {
 *     @Test
 *     void lists(FakeCloudflare fake) { ... fake.baseUrl() ... }
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
public final class FakeCloudflareExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
    /** The token the fake accepts by default. */
    public static final String DEFAULT_TOKEN = "fake-cloudflare-test-token";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeCloudflareExtension.class);

    private final Consumer<FakeCloudflare.Builder> configuration;

    /** With the defaults; the constructor {@code @ExtendWith} uses. */
    public FakeCloudflareExtension() {
        this(b -> { });
    }

    private FakeCloudflareExtension(Consumer<FakeCloudflare.Builder> configuration) {
        this.configuration = configuration;
    }

    /** A builder for use with {@code @RegisterExtension}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The fake of the running test class (started), for use from a static {@code @RegisterExtension} field. */
    public FakeCloudflare fake(ExtensionContext context) {
        return holder(context).fake;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        holder(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        holder(context).fake.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        // the store closes the fake when the class context ends (see Holder.close)
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeCloudflare.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == FakeCloudflare.class) {
            return holder(context).fake;
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
            return new Holder(b.build().start());
        }, Holder.class);
    }

    /** Closes the fake when JUnit closes the class-level store. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final FakeCloudflare fake;

        Holder(FakeCloudflare fake) {
            this.fake = fake;
        }

        @Override
        public void close() {
            fake.close();
        }
    }

    /** Configures a {@link FakeCloudflareExtension}. */
    public static final class Builder {
        private Consumer<FakeCloudflare.Builder> configuration = b -> { };

        private Builder() {}

        /** Adjusts the fake's builder (after the default token is registered). Calls accumulate. */
        public Builder configure(Consumer<FakeCloudflare.Builder> step) {
            Objects.requireNonNull(step, "step");
            configuration = configuration.andThen(step);
            return this;
        }

        public FakeCloudflareExtension build() {
            return new FakeCloudflareExtension(configuration);
        }
    }
}
