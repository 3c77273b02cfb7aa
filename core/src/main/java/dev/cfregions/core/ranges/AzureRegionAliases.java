package dev.cfregions.core.ranges;

import java.util.Map;

/**
 * The one table that turns the region names of Azure's Service Tags file into the names a
 * Cloudflare mapping uses.
 *
 * <p><b>The problem.</b> Azure Service Tags ({@code ServiceTags_Public_*.json}) give each
 * {@code AzureCloud.<region>} tag a {@code properties.region}. For most regions that is the Azure
 * Resource Manager location name ({@code eastus}, {@code westeurope}), but for some it is a short
 * or reordered spelling that exists nowhere else: {@code centralfrance} for {@code francecentral},
 * {@code germanywc} for {@code germanywestcentral}, and so on.
 *
 * <p><b>Sources.</b> The irregular names are reported in Azure/azure-rest-api-specs issue #21590
 * ("Unconsistent region for service tags API": centralfrance, southfrance, brazilse, germanyn)
 * and hashicorp/terraform-provider-azurerm issue #19327 (the same list, as the reason a
 * {@code location_filter} finds nothing), and Microsoft's own Azure Verified Modules carry the
 * same map for the same reason (Azure/bicep-registry-modules pull request #7100, which adds
 * germanywc, norwaye, norwayw, switzerlandn, switzerlandw and chilec). This table is the union of
 * those lists, read in 2026.
 *
 * <p><b>Assumptions.</b> (1) Cloudflare names Azure regions by their Resource Manager location
 * names, as Cloudflare's documented examples and this project's fake do ({@code eastus},
 * {@code westeurope}); Cloudflare has not published its full list. (2) A Service Tags region not in
 * this table is already a Resource Manager name and passes unchanged. Neither assumption is
 * trusted blindly: when a zone's supported regions are given to {@link RangeLookup}, a region the
 * zone does not list is reported as unsupported, never mapped. A name Azure adds later that is
 * irregular in the same way shows up there first; add it here.
 */
public final class AzureRegionAliases {
    /** Service Tags spelling to Resource Manager location name. */
    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("centralfrance", "francecentral"),
            Map.entry("southfrance", "francesouth"),
            Map.entry("brazilse", "brazilsoutheast"),
            Map.entry("germanyn", "germanynorth"),
            Map.entry("germanywc", "germanywestcentral"),
            Map.entry("norwaye", "norwayeast"),
            Map.entry("norwayw", "norwaywest"),
            Map.entry("switzerlandn", "switzerlandnorth"),
            Map.entry("switzerlandw", "switzerlandwest"),
            Map.entry("chilec", "chilecentral"));

    private AzureRegionAliases() {}

    /**
     * The Cloudflare (Resource Manager) name of a Service Tags region.
     *
     * @param serviceTagRegion the {@code properties.region} of an {@code AzureCloud.<region>} tag
     * @return the aliased name, or {@code serviceTagRegion} itself when it is not irregular
     */
    public static String cloudflareName(String serviceTagRegion) {
        return TABLE.getOrDefault(serviceTagRegion, serviceTagRegion);
    }

    /**
     * The whole table.
     *
     * @return an immutable map from Service Tags spelling to Resource Manager name
     */
    public static Map<String, String> table() {
        return TABLE;
    }
}
