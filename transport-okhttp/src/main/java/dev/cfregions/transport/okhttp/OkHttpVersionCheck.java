package dev.cfregions.transport.okhttp;

import dev.cfregions.core.errors.ConfigurationException;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Makes sure the OkHttp on the class path is OkHttp 5, once and alone. An application that
 * declares {@code com.squareup.okhttp3:okhttp:4.x} (directly or through another library) beside
 * this transport's {@code okhttp-jvm:5} gets two copies of the {@code okhttp3} classes, and
 * whichever comes first wins class by class: the transport then dies with a
 * {@code NoSuchMethodError} deep inside OkHttp. Checked when a transport is built, so the
 * failure says what to change instead.
 */
final class OkHttpVersionCheck {
    /** The artifact that brings OkHttp 4 (for OkHttp 5 it is an empty multiplatform root). */
    static final String OKHTTP4_ARTIFACT = "com.squareup.okhttp3:okhttp";
    private static final String CLIENT_CLASS = "okhttp3/OkHttpClient.class";

    private OkHttpVersionCheck() {}

    /**
     * @throws ConfigurationException if the {@code okhttp3} classes {@code loader} sees are not
     *     OkHttp 5, or come from more than one place
     */
    static void requireOkHttp5(ClassLoader loader) {
        List<URL> copies = copiesOfOkHttp(loader);
        String version = loadedVersion(loader);
        if (version == null || !version.startsWith("5.")) {
            throw new ConfigurationException("cfregions-transport-okhttp needs OkHttp 5, but OkHttp "
                    + (version == null ? "of an unknown version (before 4)" : version) + " is on the class path"
                    + where(copies) + ". Exclude " + OKHTTP4_ARTIFACT + " from the dependency that brings it"
                    + " (mvn dependency:tree -Dincludes=com.squareup.okhttp3 shows which), keeping"
                    + " com.squareup.okhttp3:okhttp-jvm:5; or use cfregions-transport-apache or -netty instead");
        }
        if (copies.size() > 1) {
            throw new ConfigurationException("Two copies of OkHttp are on the class path" + where(copies)
                    + ", so classes of both get mixed. Exclude " + OKHTTP4_ARTIFACT
                    + " (OkHttp 4) from the dependency that brings it, keeping com.squareup.okhttp3:okhttp-jvm:5");
        }
    }

    /** Where {@code okhttp3.OkHttpClient} can be loaded from, first one winning. */
    private static List<URL> copiesOfOkHttp(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(CLIENT_CLASS));
        } catch (IOException unreadable) {
            return new ArrayList<>();
        }
    }

    /**
     * {@code okhttp3.OkHttp.VERSION} of the copy that loads, read reflectively: a direct
     * reference would be the constant this module was compiled against. Null before OkHttp 4,
     * which had no such class.
     */
    private static String loadedVersion(ClassLoader loader) {
        try {
            Object version = Class.forName("okhttp3.OkHttp", false, loader).getField("VERSION").get(null);
            return version instanceof String s ? s : null;
        } catch (ReflectiveOperationException | LinkageError unknown) {
            return null;
        }
    }

    private static String where(List<URL> copies) {
        if (copies.isEmpty()) {
            return "";
        }
        List<String> jars = new ArrayList<>();
        for (URL url : copies) {
            String s = url.toString();
            int bang = s.indexOf("!/");
            if (bang > 0) {
                jars.add(s.substring(s.startsWith("jar:") ? 4 : 0, bang)); // a jar
            } else {
                jars.add(s.endsWith(CLIENT_CLASS) ? s.substring(0, s.length() - CLIENT_CLASS.length()) : s); // a directory
            }
        }
        return " (" + String.join(", ", jars) + ")";
    }
}
