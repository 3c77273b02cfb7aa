package dev.cfregions.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The testkit's public surface stays small, and it depends on nothing but core, jackson-core, JUnit and the JDK. */
class TestkitArchitectureTest {
    private static JavaClasses fake;

    @BeforeAll
    static void importMainClasses() throws Exception {
        // only the testkit's own compiled main classes: scanning the whole class path is slow
        Path mainClasses = Paths.get(FakeCloudflare.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        fake = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(mainClasses);
    }

    @Test
    void onlyTheDocumentedTypesArePublic() {
        Set<String> visible = new TreeSet<>();
        for (JavaClass c : fake) {
            if (c.getPackageName().equals("dev.cfregions.testkit") && reachable(c)) {
                visible.add(c.getName().substring("dev.cfregions.testkit.".length()));
            }
        }
        assertThat(visible).containsExactlyInAnyOrder(
                "FakeCloudflare", "FakeCloudflare$Builder", "FakeCloudflareExtension", "FakeCloudflareExtension$Builder",
                "FakeCloudflareMain", "Fault", "Fault$ErrorResponse", "Fault$Delay", "Fault$DropConnection",
                "Fault$TruncatedBody", "Fault$NonJsonBody", "Fault$HtmlErrorPage", "Fault$CustomResponse", "Fault$ApplyThenFail",
                "Fault$ThrottledBody", "Faults", "RecordedRequest", "RequestJournal", "TokenScope", "RequestPattern",
                "RequestPattern$Builder", "ValueMatcher", "Count");
    }

    /** Public, and so is every class around it (members of a package-private interface are public in name only). */
    private static boolean reachable(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void dependsOnlyOnCoreJacksonCoreJUnitAndTheJdk() {
        classes().that().resideInAPackage("dev.cfregions.testkit")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "dev.cfregions.testkit..", "dev.cfregions.core", "dev.cfregions.core.cache", "dev.cfregions.core.errors",
                        "dev.cfregions.core.model", "dev.cfregions.core.spi", "com.fasterxml.jackson.core..",
                        "org.junit.jupiter.api..", "com.sun.net.httpserver..", "java..", "javax..")
                .check(fake);
    }

    @Test
    void neverReachesIntoCoreInternals() {
        noClasses().should().dependOnClassesThat().resideInAPackage("dev.cfregions.core.internal..").check(fake);
    }
}
