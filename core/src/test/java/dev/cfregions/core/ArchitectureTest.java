package dev.cfregions.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of core, checked on its compiled main classes. */
class ArchitectureTest {
    private static final String ROOT = "dev.cfregions.core";
    /** The packages users code against; everything else is internal. */
    private static final String[] PUBLIC_API = {ROOT, ROOT + ".cache", ROOT + ".origin", ROOT + ".params", ROOT + ".model",
        ROOT + ".errors", ROOT + ".spi", ROOT + ".sync", ROOT + ".sync.store", ROOT + ".intercept"};

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        // guard against a rule that passes because nothing was imported
        assertThat(core.contain(OriginIpClass.NAME)).isTrue();
        assertThat(core.size()).isGreaterThan(50);
    }

    @Test
    void coreDependsOnNoHttpClientAndNotOnJacksonDatabind() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "org.apache.hc..", "io.netty..",
                        "com.fasterxml.jackson.databind..")
                .because("core depends on jackson-core only; HTTP clients live in the transport modules")
                .check(core);
    }

    @Test
    void subpackagesAreFreeOfCycles() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(core);
    }

    /**
     * The slices above leave out the root package (its classes match no {@code (*)}); this rule
     * puts the root package in a slice of its own, so a cycle through it is caught too.
     */
    @Test
    void theRootPackageIsInNoCycleEither() {
        SlicesRuleDefinition.slices().assignedFrom(new RootAndSubpackages()).should().beFreeOfCycles().check(core);
    }

    @Test
    void theSpiDependsOnlyOnTheJdkAndCoreErrors() {
        classes().that().resideInAPackage(ROOT + ".spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", ROOT + ".spi..",
                        ROOT + ".errors..")
                .because("transport modules implement the SPI and must not be coupled to the client internals")
                .check(core);
    }

    @Test
    void theTwoEndpointFamiliesShareCodeOnlyThroughParamsAndInternals() {
        noClasses().that().resideInAPackage(ROOT + ".cache..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".origin..")
                .check(core);
        noClasses().that().resideInAPackage(ROOT + ".origin..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cache..")
                .check(core);
    }

    @Test
    void theModelDoesNotDependOnInternals() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".internal..")
                .check(core);
    }

    @Test
    void thePublicApiExposesNoJacksonTypes() {
        DescribedPredicate<JavaMember> visibleApi = new DescribedPredicate<>("public or protected members of public "
                + "types in the API packages") {
            @Override
            public boolean test(JavaMember m) {
                return isApi(m.getOwner())
                        && (m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED));
            }
        };
        codeUnits().that(visibleApi).should(new ArchCondition<JavaCodeUnit>("not mention Jackson types in their signature") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Set<String> involved = new TreeSet<>();
                unit.getAllInvolvedRawTypes().forEach(c -> involved.add(c.getName()));
                unit.getExceptionTypes().forEach(c -> involved.add(c.getName()));
                involved.stream().filter(ArchitectureTest::isJackson).forEach(name -> events.add(
                        SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + name)));
            }
        }).allowEmptyShould(false).check(core);

        fields().that(new DescribedPredicate<JavaField>("visible fields of the API") {
            @Override
            public boolean test(JavaField f) {
                return visibleApi.test(f);
            }
        }).should(new ArchCondition<JavaField>("not have a Jackson type") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                field.getType().getAllInvolvedRawTypes().stream().map(JavaClass::getName).filter(ArchitectureTest::isJackson)
                        .forEach(name -> events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " exposes " + name)));
            }
        }).allowEmptyShould(true).check(core);

        classes().that(new DescribedPredicate<JavaClass>("public types of the API") {
            @Override
            public boolean test(JavaClass c) {
                return isApi(c);
            }
        }).should(new ArchCondition<JavaClass>("not extend or implement a Jackson type") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                c.getAllRawSuperclasses().stream().map(JavaClass::getName).filter(ArchitectureTest::isJackson)
                        .forEach(n -> events.add(SimpleConditionEvent.violated(c, c.getName() + " extends " + n)));
                c.getAllRawInterfaces().stream().map(JavaClass::getName).filter(ArchitectureTest::isJackson)
                        .forEach(n -> events.add(SimpleConditionEvent.violated(c, c.getName() + " implements " + n)));
            }
        }).check(core);
    }

    private static boolean isApi(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
        }
        for (String p : PUBLIC_API) {
            if (c.getPackageName().equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJackson(String className) {
        return className.startsWith("com.fasterxml.jackson.");
    }

    /** The root package as slice "(root)", each direct subpackage (with its subpackages) as its own slice. */
    private static final class RootAndSubpackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (p.equals(ROOT)) {
                return SliceIdentifier.of("(root)");
            }
            if (p.startsWith(ROOT + ".")) {
                String rest = p.substring(ROOT.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the root package and each subpackage of " + ROOT;
        }
    }

    private static final class OriginIpClass {
        static final String NAME = ROOT + ".model.OriginIp";
    }
}
