package dev.cfregions.transport.netty;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.cfregions.core.errors.ConfigurationException;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The transport sees core only through its SPI, so core can change everything else freely. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cfregions.transport.netty");

    @Test
    void usesCoreOnlyThroughTheSpi() {
        ArchRule onlySpi = noClasses().that().resideInAPackage("dev.cfregions.transport.netty..")
                .should().dependOnClassesThat(resideInAPackage("dev.cfregions.core..")
                        .and(not(resideInAPackage("dev.cfregions.core.spi..")))
                        // a builder refuses a setting it cannot honour the way the client's builder does
                        .and(not(JavaClass.Predicates.equivalentTo(ConfigurationException.class))))
                .because("transports may only use the SPI (dev.cfregions.core.spi)");
        onlySpi.check(MAIN);
    }

    @Test
    void onlyTheTransportAndItsProviderArePublic() {
        noClasses().that().resideInAPackage("dev.cfregions.transport.netty..")
                .and().doNotHaveSimpleName("NettyTransport")
                .and().doNotHaveSimpleName("NettyTransportProvider")
                .and().doNotHaveSimpleName("Builder")
                .should().bePublic()
                .check(MAIN);
    }
}
