package dev.cfregions.core.errors;

/**
 * Cloudflare error codes this API answers with; pass them to {@link ApiException#hasCode(int)}.
 * The texts in these comments are the service's; the codes are the stable part.
 */
public final class ErrorCodes {
    /** 1140: internal error while updating the setting (batch edit, 5xx). */
    public static final int UPDATE_FAILED = 1140;
    /** 1141: internal error while deleting (batch delete, 5xx). */
    public static final int DELETE_FAILED = 1141;
    /** 1142: the zone has no mappings, or none for this IP (404). */
    public static final int NOT_FOUND = 1142;
    /** 1145: create refused because the IP is already mapped (400). */
    public static final int ALREADY_EXISTS = 1145;
    /** 1146: invalid or missing origin IP, or another invalid input (400). */
    public static final int INVALID_INPUT = 1146;
    /** 1156: the region-validation backend failed (5xx). */
    public static final int REGION_VALIDATION_FAILED = 1156;
    /** 1157: the vendor or the region does not exist (400). */
    public static final int UNSUPPORTED_REGION = 1157;
    /** 1163: delete of an IP that is not mapped, per the API description (404). */
    public static final int DELETE_NOT_FOUND = 1163;
    /** 1164: the zone already holds the maximum number of mappings (403). */
    public static final int LIMIT_REACHED = 1164;
    /** 7000: no route for that URI (404); on a well-formed v1 route, the v1 family is retired. */
    public static final int NO_ROUTE = 7000;
    /** 7003: could not route to the path, perhaps the object identifier is invalid (404/400). */
    public static final int INVALID_IDENTIFIER = 7003;
    /** 971: rate limited (429). */
    public static final int RATE_LIMITED = 971;
    /** 10000: authentication error (401/403). */
    public static final int AUTHENTICATION_ERROR = 10000;
    /** 9109: the credentials lack the permission (403). */
    public static final int UNAUTHORIZED = 9109;

    private ErrorCodes() {}
}
