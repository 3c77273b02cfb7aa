package dev.cfregions.core.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reconciliation sees the port, never an endpoint family; only the adapters know the families. */
class SyncArchitectureTest {
    private static final String SYNC = "dev.cfregions.core.sync";
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.cfregions.core");
        assertThat(core.contain(SYNC + ".Applier")).isTrue();
        assertThat(core.contain(SYNC + ".store.MappingStores")).isTrue();
    }

    @Test
    void reconciliationDependsOnlyOnThePortTheModelAndTheErrors() {
        classes().that().resideInAPackage(SYNC)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", SYNC, "dev.cfregions.core.model..",
                        "dev.cfregions.core.errors..", "dev.cfregions.core.spi..", "com.fasterxml.jackson.core..")
                .because("plan and apply talk to MappingStore only; a family's handle, the client and the internals "
                        + "are the adapters' business")
                .check(core);
    }

    @Test
    void noFamilyDependsOnReconciliation() {
        noClasses().that().resideOutsideOfPackage(SYNC + "..")
                .should().dependOnClassesThat().resideInAPackage(SYNC + "..")
                .check(core);
    }

    @Test
    void theAdaptersUseThePublicHandlesNotTheInternals() {
        noClasses().that().resideInAPackage(SYNC + "..")
                .should().dependOnClassesThat().resideInAPackage("dev.cfregions.core.internal..")
                .check(core);
    }
}
