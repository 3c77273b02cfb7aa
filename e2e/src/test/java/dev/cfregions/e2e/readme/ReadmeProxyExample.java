package dev.cfregions.e2e.readme;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.spi.HttpTransport;
import dev.cfregions.core.spi.ProxyConfig;
import dev.cfregions.transport.netty.NettyTransport;

/** The README's proxy example, compiled. */
final class ReadmeProxyExample {
    private ReadmeProxyExample() {}

    static void configure(String token) {
        // README-BEGIN
        ProxyConfig proxy = ProxyConfig.builder()
                .host("proxy.internal").port(3128)
                .credentials("svc-cfregions", System.getenv("PROXY_PASSWORD"))   // optional
                .noProxy("localhost", "127.0.0.1", ".corp.example")             // a name matches its subdomains too
                .build();

        CloudflareClient client = CloudflareClient.builder().apiToken(token).proxy(proxy).build();  // a discovered transport
        HttpTransport netty = NettyTransport.builder().proxy(proxy).build();                        // or on any transport's builder
        // README-END
        client.close();
        netty.close();
    }
}
