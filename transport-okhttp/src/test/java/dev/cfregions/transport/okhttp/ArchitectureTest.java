package dev.cfregions.transport.okhttp;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.cfregions.core.errors.ConfigurationException;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module talks to core only through the transport SPI, and shows only its two public types. */
class ArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.cfregions.transport.okhttp");

    @Test
    void usesOnlyTheSpiFromCore() {
        noClasses().that().resideInAPackage("dev.cfregions.transport.okhttp..")
                .should().dependOnClassesThat(resideInAPackage("dev.cfregions.core..")
                        .and(not(resideInAPackage("dev.cfregions.core.spi..")))
                        // a builder refuses a setting it cannot honour the way the client's builder does
                        .and(not(JavaClass.Predicates.equivalentTo(ConfigurationException.class))))
                .because("a transport only moves bytes: it sees the SPI and nothing else of core")
                .check(MODULE);
    }

    @Test
    void onlyTheTransportItsBuilderAndTheProviderArePublic() {
        classes().that().resideInAPackage("dev.cfregions.transport.okhttp..").and().arePublic()
                .should().haveNameMatching("dev\\.cfregions\\.transport\\.okhttp\\.OkHttpTransport(Provider|\\$Builder)?")
                .check(MODULE);
    }
}
