package dev.cfregions.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, filtered into {@code version.properties} by the build. */
final class BuildInfo {
    private BuildInfo() {}

    static String version() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
