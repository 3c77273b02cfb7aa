package dev.cfregions.e2e.readme;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.intercept.AddedHeaders;
import dev.cfregions.core.intercept.AttemptRequest;
import dev.cfregions.core.intercept.AttemptResponse;
import dev.cfregions.core.intercept.Interceptor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/** The README's interceptor example, compiled. */
final class ReadmeInterceptorExample {
    private ReadmeInterceptorExample() {}

    static CloudflareClient configure(String token, Supplier<String> traceparents, Logger log) {
        // README-BEGIN
        Interceptor tracing = new Interceptor() {
            @Override
            public void beforeAttempt(AttemptRequest request, AddedHeaders headers) {
                headers.add("traceparent", traceparents.get());
            }

            @Override
            public void afterAttempt(AttemptRequest request, AttemptResponse response) {
                log.log(Level.INFO, request.method() + " " + request.uri().getPath() + " attempt "
                        + request.attempt() + ": " + response.status());
            }

            @Override
            public void onAttemptFailure(AttemptRequest request, Throwable failure) {
                log.log(Level.INFO, request + " failed: " + failure);
            }
        };
        CloudflareClient client = CloudflareClient.builder().apiToken(token)
                .addInterceptor(tracing)
                .build();
        // README-END
        return client;
    }
}
