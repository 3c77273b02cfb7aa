package dev.cfregions.core.sync;

import dev.cfregions.core.errors.ValidationException;
import dev.cfregions.core.model.OriginIp;
import dev.cfregions.core.model.Vendor;

/** Adds one entry read from a file, turning a field's error into one that names the file and line. */
final class MappingEntries {
    private MappingEntries() {}

    static void add(DesiredSet.Builder set, String ip, String vendor, String region, String file, int line) {
        Vendor v;
        try {
            v = Vendor.of(vendor);
        } catch (ValidationException e) {
            try {
                OriginIp.of(ip, "ip"); // a bad IP is reported before a bad vendor, in field order
            } catch (ValidationException ipError) {
                throw InputFileException.at(file, line, ipError);
            }
            throw InputFileException.at(file, line, e);
        }
        try {
            set.addLocated(ip, v, region, file + ":" + line);
        } catch (DuplicateEntryException e) {
            throw e;
        } catch (ValidationException e) {
            throw InputFileException.at(file, line, e);
        }
    }
}
