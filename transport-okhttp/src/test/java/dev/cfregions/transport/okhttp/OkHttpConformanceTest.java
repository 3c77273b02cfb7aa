package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.testkit.conformance.TransportConformanceSuite;

/** The shared transport conformance suite, run against a transport with its own OkHttp client. */
class OkHttpConformanceTest extends TransportConformanceSuite {

    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        return OkHttpTransport.create(config);
    }

    /**
     * OkHttp runs connection-pool housekeeping on one JVM-wide {@code TaskRunner} and call
     * timeouts on Okio's JVM-wide watchdog. Both are shared by every OkHttp client in the JVM,
     * are daemons, and end after 60 s idle; OkHttp offers no public way to stop them, so the
     * suite reports them instead of failing. The transport's own dispatcher threads
     * ({@code cfregions-okhttp-*}) are not excused: they must end on {@code close()}.
     */
    @Override
    protected boolean isSharedLibraryThread(Thread thread) {
        return thread.isDaemon() && (thread.getName().equals("OkHttp TaskRunner") || thread.getName().equals("Okio Watchdog"));
    }
}
