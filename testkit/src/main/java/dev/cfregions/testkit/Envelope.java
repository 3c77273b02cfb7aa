package dev.cfregions.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cfregions.core.spi.HttpHeaders;
import dev.cfregions.core.spi.HttpResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Cloudflare's v4 response envelope (reference §3): the only way the fake builds an API answer. */
final class Envelope {
    private Envelope() {}

    /** 200 with {@code success: true}, empty {@code errors}/{@code messages} and the given result. */
    static HttpResponse success(Json.Writer result) {
        return success(result, g -> { });
    }

    /** As {@link #success(Json.Writer)}, with more top-level fields after {@code result} (v2's {@code result_info}). */
    static HttpResponse success(Json.Writer result, Json.Writer moreFields) {
        byte[] body = Json.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("success", true);
            g.writeArrayFieldStart("errors");
            g.writeEndArray();
            g.writeArrayFieldStart("messages");
            g.writeEndArray();
            g.writeFieldName("result");
            result.write(g);
            moreFields.write(g);
            g.writeEndObject();
        });
        return HttpResponse.of(200, jsonHeaders(Map.of()), body);
    }

    /** The failure envelope (§3.2): {@code success: false}, the errors, and {@code result: null}. */
    static HttpResponse failure(ApiFailure f) {
        return failure(f.status(), f.errors(), List.of(), f.headers());
    }

    /** A failure with extra {@code messages[]} entries and response headers. */
    static HttpResponse failure(int status, List<ApiError> errors, List<ApiError> messages, Map<String, String> headers) {
        byte[] body = Json.write(g -> {
            g.writeStartObject();
            g.writeBooleanField("success", false);
            g.writeArrayFieldStart("errors");
            for (ApiError e : errors) {
                writeInfo(g, e);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("messages");
            for (ApiError m : messages) {
                writeInfo(g, m);
            }
            g.writeEndArray();
            g.writeNullField("result");
            g.writeEndObject();
        });
        return HttpResponse.of(status, jsonHeaders(headers), body);
    }

    private static void writeInfo(JsonGenerator g, ApiError e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("code", e.code());
        g.writeStringField("message", e.message());
        if (!e.chain().isEmpty()) {
            g.writeArrayFieldStart("error_chain");
            for (ApiError c : e.chain()) {
                writeInfo(g, c);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static HttpHeaders jsonHeaders(Map<String, String> extra) {
        HttpHeaders.Builder b = HttpHeaders.builder().set("Content-Type", "application/json");
        extra.forEach(b::set);
        return b.build();
    }
}
