package dev.cfregions.transport.apache;

import java.nio.ByteBuffer;

/** The body is not encoded: bytes are copied as they come. */
final class IdentityDecoder implements ContentDecoder {

    @Override
    public void decode(ByteBuffer encoded, BoundedBody body) throws BodyLimitExceededException {
        body.write(encoded);
    }

    @Override
    public void finish(BoundedBody body) {
        // nothing buffered, nothing to check
    }
}
