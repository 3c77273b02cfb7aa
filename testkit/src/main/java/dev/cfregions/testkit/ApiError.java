package dev.cfregions.testkit;

import java.util.List;

/**
 * One element of an envelope's {@code errors[]}: a code, a message and, for the generic auth
 * errors, an {@code error_chain}. The texts of this API's codes live here so that every
 * handler says exactly the same words.
 */
record ApiError(int code, String message, List<ApiError> chain) {
    static final String INVALID_IP = "Invalid or missing origin IP address.";
    static final String BAD_VENDOR_REGION =
            "The vendor provided doesn't exist or the region provided does not exist for the specified cloud vendor";
    static final String NOT_FOUND =
            "Unable to retrieve origin_public_cloud_region setting value. The zone setting does not exist.";
    static final String DELETE_NOT_FOUND =
            "Unable to delete origin_public_cloud_region setting value. The zone setting does not exist.";
    static final String ALREADY_EXISTS =
            "Unable to create new origin_public_cloud_region setting. The zone setting already exists.";
    static final String IP_MISMATCH = "body origin_ip does not match URL";
    static final String LIMIT = "Maximum number of IP mappings configured for zone.";
    static final String NOT_AN_ARRAY = "Request body must be a JSON array";
    static final String TOO_MANY = "Too many items in batch request, maximum is 100";

    ApiError {
        chain = List.copyOf(chain);
    }

    static ApiError of(int code, String message) {
        return new ApiError(code, message, List.of());
    }
}
