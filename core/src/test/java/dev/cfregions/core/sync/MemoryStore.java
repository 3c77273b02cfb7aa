package dev.cfregions.core.sync;

import dev.cfregions.core.errors.CloudflareError;
import dev.cfregions.core.errors.InternalServerException;
import dev.cfregions.core.errors.PermissionDeniedException;
import dev.cfregions.core.model.BatchItemFailure;
import dev.cfregions.core.model.BatchItemSuccess;
import dev.cfregions.core.model.BatchResult;
import dev.cfregions.core.model.Mapping;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.SupportedRegions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A zone in memory behind the port, with the service's batch rules (per-item 1157 for an
 * unsupported region, request-level 1164 past the limit, delete of an absent IP fails per item)
 * and scripted request-level faults: fail before applying, or apply and then fail. Each call is
 * one request on its counter.
 */
class MemoryStore implements MappingStore {
    static final String BAD_REGION = "mars-north-1";
    static final String UNSUPPORTED = "The vendor provided doesn't exist or the region provided does not exist for the "
            + "specified cloud vendor";
    static final String NOT_FOUND = "Unable to retrieve origin_public_cloud_region setting value. The zone setting does not exist.";

    /** Request-level faults: a 503 before or after applying the write, or a definite 403 refusal. */
    enum Fault { FAIL_BEFORE, FAIL_AFTER_APPLYING, REFUSED }

    final Map<OriginIp, Mapping> zone = new LinkedHashMap<>();
    final Deque<Fault> writeFaults = new ArrayDeque<>();
    final Deque<Fault> listFaults = new ArrayDeque<>();
    final List<String> calls = new ArrayList<>();
    int limit = PlanOptions.ZONE_LIMIT;
    int maxSizeSeen;

    MemoryStore seed(Mapping... mappings) {
        for (Mapping m : mappings) {
            zone.put(m.ip(), m);
        }
        return this;
    }

    MemoryStore seed(List<Mapping> mappings) {
        return seed(mappings.toArray(new Mapping[0]));
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public synchronized CompletableFuture<Listing> list(RequestCounter requests) {
        calls.add("list");
        requests.requestSent();
        if (!listFaults.isEmpty()) {
            return CompletableFuture.failedFuture(listFaults.poll() == Fault.REFUSED ? forbidden() : serverError());
        }
        return CompletableFuture.completedFuture(new Listing(new ArrayList<>(zone.values())));
    }

    @Override
    public synchronized CompletableFuture<BatchResult> upsert(List<Mapping> items, RequestCounter requests) {
        calls.add("upsert " + items.size());
        requests.requestSent();
        if (items.size() > MAX_BATCH) {
            throw new AssertionError("batch of " + items.size());
        }
        Fault fault = writeFaults.poll();
        if (fault == Fault.FAIL_BEFORE) {
            return CompletableFuture.failedFuture(serverError());
        }
        long fresh = items.stream().filter(m -> !zone.containsKey(m.ip()) && !m.region().equals(BAD_REGION)).count();
        if (zone.size() + fresh > limit) {
            return CompletableFuture.failedFuture(new PermissionDeniedException(403,
                    List.of(CloudflareError.of(1164, "Maximum number of IP mappings configured for zone.")), null, null, null));
        }
        List<BatchItemSuccess> ok = new ArrayList<>();
        List<BatchItemFailure> failed = new ArrayList<>();
        for (Mapping m : items) {
            if (m.region().equals(BAD_REGION)) {
                failed.add(new BatchItemFailure(m.ip().value(), UNSUPPORTED));
            } else {
                zone.put(m.ip(), Mapping.of(m.ip(), m.vendor(), m.region()));
                ok.add(new BatchItemSuccess(m.ip(), m.vendor(), m.region()));
            }
        }
        maxSizeSeen = Math.max(maxSizeSeen, zone.size());
        return fault == Fault.FAIL_AFTER_APPLYING ? CompletableFuture.failedFuture(serverError())
                : CompletableFuture.completedFuture(new BatchResult(ok, failed));
    }

    @Override
    public synchronized CompletableFuture<BatchResult> delete(List<OriginIp> ips, RequestCounter requests) {
        calls.add("delete " + ips.size());
        requests.requestSent();
        Fault fault = writeFaults.poll();
        if (fault == Fault.FAIL_BEFORE) {
            return CompletableFuture.failedFuture(serverError());
        }
        List<BatchItemSuccess> ok = new ArrayList<>();
        List<BatchItemFailure> failed = new ArrayList<>();
        for (OriginIp ip : ips) {
            Mapping gone = zone.remove(ip);
            if (gone == null) {
                failed.add(new BatchItemFailure(ip.value(), NOT_FOUND));
            } else {
                ok.add(new BatchItemSuccess(ip, gone.vendor(), gone.region()));
            }
        }
        return fault == Fault.FAIL_AFTER_APPLYING ? CompletableFuture.failedFuture(serverError())
                : CompletableFuture.completedFuture(new BatchResult(ok, failed));
    }

    @Override
    public CompletableFuture<SupportedRegions> supportedRegions() {
        return CompletableFuture.completedFuture(new SupportedRegions(true, Map.of()));
    }

    synchronized long writeCalls() {
        return calls.stream().filter(c -> !c.equals("list")).count();
    }

    synchronized long listCalls() {
        return calls.stream().filter(c -> c.equals("list")).count();
    }

    private static PermissionDeniedException forbidden() {
        return new PermissionDeniedException(403, List.of(CloudflareError.of(10000, "Authentication error")), null, null, null);
    }

    private static InternalServerException serverError() {
        return new InternalServerException(503, List.of(CloudflareError.of(1000, "injected")), null, null, null);
    }
}
