package dev.cfregions.e2e.readme;

import dev.cfregions.core.CloudflareClient;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The README's completion executor example, compiled. */
final class ReadmeCompletionExecutorExample {
    private ReadmeCompletionExecutorExample() {}

    static void configure(String token) {
        // README-BEGIN
        ExecutorService completions = Executors.newFixedThreadPool(2);
        CloudflareClient client = CloudflareClient.builder().apiToken(token)
                .completionExecutor(completions)
                .build();
        // README-END
        client.close();
        completions.shutdown();
    }
}
