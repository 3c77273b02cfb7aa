package dev.cfregions.e2e;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between modules, checked on the shipped classes of all of them together: each
 * module's own tests can only see itself and what it depends on.
 */
class ModuleBoundariesTest {
    private static JavaClasses shipped;

    @BeforeAll
    static void importAll() {
        shipped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/e2e/") && !location.contains("/demo/"))
                .importPackages("dev.cfregions");
    }

    @Test
    void everyShippedModuleWasImported() {
        for (String pkg : new String[] {"dev.cfregions.core.internal", "dev.cfregions.core.spi", "dev.cfregions.testkit",
            "dev.cfregions.transport.okhttp", "dev.cfregions.transport.apache", "dev.cfregions.transport.netty"}) {
            assertThat(shipped.stream().anyMatch(c -> c.getPackageName().equals(pkg))).as(pkg).isTrue();
        }
    }

    @Test
    void coreInternalsAreUsedOnlyByCore() {
        noClasses().that().resideOutsideOfPackage("dev.cfregions.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.cfregions.core..internal..")
                .check(shipped);
    }

    @Test
    void nothingButATransportUsesItsLibraryOrItsClasses() {
        String[][] transports = {
            {"dev.cfregions.transport.okhttp..", "okhttp3.."},
            {"dev.cfregions.transport.apache..", "org.apache.hc.."},
            {"dev.cfregions.transport.netty..", "io.netty.."},
        };
        for (String[] t : transports) {
            noClasses().that().resideOutsideOfPackage(t[0])
                    .should().dependOnClassesThat().resideInAnyPackage(t[0], t[1])
                    .check(shipped);
        }
    }

    @Test
    void transportsUseOnlyCoresSpi() {
        noClasses().that().resideInAPackage("dev.cfregions.transport..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.cfregions.core", "dev.cfregions.core.cache..",
                        "dev.cfregions.core.internal..", "dev.cfregions.core.model..", "dev.cfregions.testkit..")
                .check(shipped);
    }

    @Test
    void theTestkitUsesNoTransport() {
        noClasses().that().resideInAPackage("dev.cfregions.testkit..")
                .should().dependOnClassesThat().resideInAPackage("dev.cfregions.transport..")
                .check(shipped);
    }
}
