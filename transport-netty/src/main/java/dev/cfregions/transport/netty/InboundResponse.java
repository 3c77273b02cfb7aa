package dev.cfregions.transport.netty;

import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.handler.codec.http.FullHttpResponse;
import java.util.Map;

/** Copies Netty's aggregated, already decompressed response into the SPI's immutable one. */
final class InboundResponse {
    private InboundResponse() {}

    static HttpResponse toSpi(FullHttpResponse response) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        for (Map.Entry<String, String> h : response.headers()) {
            headers.add(h.getKey(), h.getValue());
        }
        return HttpResponse.wrap(response.status().code(), headers.build(), ByteBufUtil.getBytes(response.content()));
    }
}
