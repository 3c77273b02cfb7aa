package dev.cfregions.core.ranges;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ranges package: core's own types and Jackson streaming inside, no Jackson in its public API. */
class RangesArchitectureTest {
    private static final String PACKAGE = "dev.cfregions.core.ranges";
    private static JavaClasses ranges;

    @BeforeAll
    static void importRanges() {
        ranges = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PACKAGE);
        assertThat(ranges.contain(RangeLookup.class)).isTrue();
    }

    @Test
    void dependsOnlyOnTheJdkJacksonCoreTheModelAndTheErrors() {
        classes().that().resideInAPackage(PACKAGE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PACKAGE, "dev.cfregions.core.model",
                        "dev.cfregions.core.errors", "com.fasterxml.jackson.core..")
                .because("range files are parsed with jackson-core streaming; no client internals, no databind")
                .check(ranges);
    }

    @Test
    void onlyTheJsonCursorTouchesJackson() {
        classes().that().resideInAPackage(PACKAGE).and().haveNameNotMatching(".*\\.RangeJson(\\$.*)?")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("com.fasterxml.jackson..")
                .check(ranges);
    }

    @Test
    void thePublicApiMentionsNoJacksonType() {
        codeUnits().that().areDeclaredInClassesThat().resideInAPackage(PACKAGE).and().arePublic()
                .should(new ArchCondition<JavaCodeUnit>("not mention Jackson types in their signature") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        if (!unit.getOwner().getModifiers().contains(JavaModifier.PUBLIC)) {
                            return;
                        }
                        unit.getAllInvolvedRawTypes().stream().map(c -> c.getName())
                                .filter(n -> n.startsWith("com.fasterxml.jackson."))
                                .forEach(n -> events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + n)));
                    }
                }).check(ranges);
    }
}
