package dev.cfregions.testkit;

/**
 * One batch item after the rules ran: succeeded when {@code error} is null. {@code ip} is the
 * canonical IP when the item's IP parsed, else the item's raw text (§15 #13).
 */
record BatchOutcome(String ip, String vendor, String region, String error) {
    static BatchOutcome failed(String ip, String error) {
        return new BatchOutcome(ip, null, null, error);
    }

    static BatchOutcome succeeded(String ip, String vendor, String region) {
        return new BatchOutcome(ip, vendor, region, null);
    }

    boolean succeeded() {
        return error == null;
    }
}
