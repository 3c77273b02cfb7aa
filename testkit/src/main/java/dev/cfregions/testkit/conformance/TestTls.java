package dev.cfregions.testkit.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The suite's TLS material: a client context trusting only the test CA, and server contexts
 * for the two test certificates. See {@code README.md} beside the key stores for how they
 * were made.
 */
final class TestTls {
    private static final char[] PASSWORD = "changeit".toCharArray();

    private TestTls() {}

    /** Trusts the test CA and nothing else, so a passing handshake proves the CA chain was used. */
    static SSLContext clientContext() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(load("trust.p12"));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the conformance client SSLContext", e);
        }
    }

    /** Serves the certificate for {@code IP:127.0.0.1, DNS:localhost}. */
    static SSLContext localhostServerContext() {
        return serverContext("localhost.p12");
    }

    /** Serves a CA-signed certificate naming only {@code wrong.example}. */
    static SSLContext wrongHostServerContext() {
        return serverContext("wrong-host.p12");
    }

    private static SSLContext serverContext(String resource) {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(resource), PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build the conformance server SSLContext from " + resource, e);
        }
    }

    private static KeyStore load(String resource) throws GeneralSecurityException {
        try (InputStream in = TestTls.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test key store on the class path: " + resource);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test key store " + resource, e);
        }
    }
}
