package dev.cfregions.transport.okhttp;

import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.TransportConfig;
import dev.cfregions.testkit.conformance.TransportConformanceSuite;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;

/**
 * The conformance suite again, each transport wrapping an {@link OkHttpClient} "the application"
 * lent it, with the application's usual lax settings (retries and redirects on, a 10 s read
 * timeout), which the transport must override on its derived client only.
 */
class OkHttpLentClientConformanceTest extends TransportConformanceSuite {
    private static final String APP_THREADS = "app-lent-client-";
    private final List<OkHttpClient> lent = new CopyOnWriteArrayList<>();

    @Override
    protected HttpTransport createTransport(TransportConfig config) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService appExecutor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, APP_THREADS + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Dispatcher dispatcher = new Dispatcher(appExecutor);
        dispatcher.setMaxRequestsPerHost(64); // the app's choice; OkHttp's default of 5 would queue the rest
        OkHttpClient client = new OkHttpClient.Builder().dispatcher(dispatcher).build();
        lent.add(client);
        return OkHttpTransport.builder().client(client).config(config).build();
    }

    /**
     * The application's dispatcher threads are the application's to stop, after the transport is
     * closed. So is the lent client's connection pool: its idle-connection closer keeps running
     * as a task on OkHttp's shared TaskRunner, whose daemon threads take the name of the task
     * they run ("OkHttp ConnectionPool connection closer"), until the pool is empty.
     */
    @Override
    protected boolean isSharedLibraryThread(Thread thread) {
        return thread.getName().startsWith(APP_THREADS)
                || thread.isDaemon() && (thread.getName().startsWith("OkHttp ") || thread.getName().equals("Okio Watchdog"));
    }

    @AfterEach
    void shutDownTheApplicationsClients() {
        for (OkHttpClient client : lent) {
            client.dispatcher().executorService().shutdownNow();
            client.connectionPool().evictAll();
        }
    }
}
