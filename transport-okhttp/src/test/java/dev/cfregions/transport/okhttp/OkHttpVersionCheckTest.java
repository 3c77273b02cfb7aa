package dev.cfregions.transport.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cfregions.core.errors.ConfigurationException;
import dev.cfregions.core.spi.TransportConfig;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that declares {@code okhttp:4.x} beside this transport's {@code okhttp-jvm:5}
 * gets a {@link ConfigurationException} naming the artifact to exclude, not a
 * {@code NoSuchMethodError}. OkHttp 4 is played by two compiled stand-ins on a class path of
 * their own: {@code okhttp3.OkHttp} with {@code VERSION = "4.12.0"} and an
 * {@code okhttp3.OkHttpClient}.
 */
class OkHttpVersionCheckTest {
    @TempDir
    static Path fakeOkHttp4;

    @BeforeAll
    static void compileTheStandIns() throws IOException {
        Path src = Files.createDirectories(fakeOkHttp4.resolve("src/okhttp3"));
        Files.writeString(src.resolve("OkHttp.java"),
                "package okhttp3; public final class OkHttp { public static final String VERSION = \"4.12.0\"; private OkHttp() {} }");
        Files.writeString(src.resolve("OkHttpClient.java"), "package okhttp3; public class OkHttpClient { }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes().toString(),
                src.resolve("OkHttp.java").toString(), src.resolve("OkHttpClient.java").toString());
        assertThat(rc).as("javac exit code").isZero();
    }

    private static Path classes() {
        return fakeOkHttp4.resolve("classes");
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    private static URLClassLoader loader(URL... path) {
        return new URLClassLoader(path, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void theTestsOwnClassPathHasOkHttp5Alone() {
        assertThatCode(() -> OkHttpVersionCheck.requireOkHttp5(OkHttpTransport.class.getClassLoader())).doesNotThrowAnyException();
    }

    @Test
    void okHttp4AloneIsRefusedNamingTheArtifactToExclude() throws Exception {
        try (URLClassLoader onlyFour = loader(classes().toUri().toURL())) {
            assertThatThrownBy(() -> OkHttpVersionCheck.requireOkHttp5(onlyFour))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("OkHttp 4.12.0")
                    .hasMessageContaining("Exclude com.squareup.okhttp3:okhttp ")
                    .hasMessageContaining("(" + classes().toUri().toURL() + ")");
        }
    }

    @Test
    void okHttp5WithOkHttp4BehindItIsRefusedToo() throws Exception {
        try (URLClassLoader both = loader(location(OkHttpClient.class), classes().toUri().toURL())) {
            assertThatThrownBy(() -> OkHttpVersionCheck.requireOkHttp5(both))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Two copies of OkHttp")
                    .hasMessageContaining("com.squareup.okhttp3:okhttp ");
        }
    }

    /**
     * The whole transport loaded as an application would see it, with OkHttp 4 first on the
     * class path: building one fails with the configuration error, not a linkage error from
     * inside OkHttp.
     */
    @Test
    void buildingTheTransportWithOkHttp4FirstFailsWithTheConfigurationError() throws Exception {
        List<URL> path = List.of(classes().toUri().toURL(), location(OkHttpTransport.class), location(TransportConfig.class),
                location(OkHttpClient.class), location(Buffer.class), location(kotlin.Unit.class));
        try (URLClassLoader app = loader(path.toArray(URL[]::new))) {
            Class<?> transport = Class.forName(OkHttpTransport.class.getName(), true, app);
            Object builder = transport.getMethod("builder").invoke(null);
            Throwable thrown = null;
            try {
                builder.getClass().getMethod("build").invoke(builder);
            } catch (InvocationTargetException e) {
                thrown = e.getCause();
            }
            assertThat(thrown).as("what building the transport threw").isNotNull();
            assertThat(thrown.getClass().getName()).isEqualTo(ConfigurationException.class.getName());
            assertThat(thrown.getMessage()).contains("com.squareup.okhttp3:okhttp", "4.12.0");
        }
    }
}
