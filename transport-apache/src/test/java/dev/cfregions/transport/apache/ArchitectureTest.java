package dev.cfregions.transport.apache;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import dev.cfregions.core.errors.ConfigurationException;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.cfregions.transport.apache");

    @Test
    void uses_only_the_transport_spi_from_core() {
        noClasses().that().resideInAPackage("dev.cfregions.transport.apache..")
                .should().dependOnClassesThat(resideInAPackage("dev.cfregions.core..")
                        .and(not(resideInAPackage("dev.cfregions.core.spi..")))
                        // a builder refuses a setting it cannot honour the way the client's builder does
                        .and(not(JavaClass.Predicates.equivalentTo(ConfigurationException.class))))
                .because("a transport only moves bytes: the model, client and errors above the SPI are not its business")
                .check(MODULE);
    }

    @Test
    void only_the_transport_its_builder_and_the_provider_are_public() {
        classes().that().resideInAPackage("dev.cfregions.transport.apache..")
                .and().haveModifier(JavaModifier.PUBLIC)
                .should().haveFullyQualifiedName(ApacheTransport.class.getName())
                .orShould().haveFullyQualifiedName(ApacheTransport.Builder.class.getName())
                .orShould().haveFullyQualifiedName(ApacheTransportProvider.class.getName())
                .check(MODULE);
    }
}
