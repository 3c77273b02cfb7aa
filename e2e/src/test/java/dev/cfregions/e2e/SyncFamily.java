package dev.cfregions.e2e;

import dev.cfregions.core.CloudflareClient;
import dev.cfregions.core.sync.MappingStore;
import dev.cfregions.core.sync.store.MappingStores;
import java.util.function.BiFunction;

/** An endpoint family as reconciliation sees it: how to get its store, and the paths of its batch writes. */
enum SyncFamily {
    V1("/zones/*/cache/origin_cloud_regions", "PATCH", MappingStores::v1),
    V2("/zones/*/origin/cloud_regions", "PUT", MappingStores::v2);

    final String root;
    final String upsertMethod;
    private final BiFunction<CloudflareClient, String, MappingStore> store;

    SyncFamily(String root, String upsertMethod, BiFunction<CloudflareClient, String, MappingStore> store) {
        this.root = root;
        this.upsertMethod = upsertMethod;
        this.store = store;
    }

    MappingStore store(CloudflareClient client, String zoneId) {
        return store.apply(client, zoneId);
    }

    String batch() {
        return root + "/batch";
    }
}
