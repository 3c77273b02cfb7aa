package dev.cfregions.transport.apache;

import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Takes out the {@code User-Agent} the Apache client adds to requests that have none: core
 * decides what the library calls itself, and a request sent without one must go out without
 * one. The client's builder offers no way to switch its default off, so this interceptor runs
 * after it, on clients this module builds.
 */
final class NoLibraryUserAgent implements HttpRequestInterceptor {
    /** Context attribute: {@code Boolean.TRUE} when the caller's request carried a User-Agent. */
    static final String CALLER_SET_USER_AGENT = NoLibraryUserAgent.class.getName() + ".callerSet";

    static final NoLibraryUserAgent INSTANCE = new NoLibraryUserAgent();

    private NoLibraryUserAgent() {}

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        if (Boolean.FALSE.equals(context.getAttribute(CALLER_SET_USER_AGENT))) {
            request.removeHeaders(HttpHeaders.USER_AGENT);
        }
    }
}
