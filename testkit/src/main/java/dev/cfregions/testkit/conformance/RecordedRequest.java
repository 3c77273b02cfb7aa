package dev.cfregions.testkit.conformance;

import dev.cfregions.core.spi.HttpHeaders;
import java.util.ArrayList;
import java.util.List;

/**
 * One request as the loopback peer received it: the bytes of the request line's target, the
 * header fields, the body, and the client port (equal ports mean a reused connection).
 */
record RecordedRequest(String method, String rawTarget, HttpHeaders headers, byte[] body, int clientPort) {

    RecordedRequest {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Every value of the header, with comma-joined values split, so folded and repeated lines compare equal. */
    List<String> splitValues(String name) {
        List<String> out = new ArrayList<>();
        for (String value : headers.allValues(name)) {
            for (String part : value.split(",")) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
