package io.kinrealm.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagon's walls, checked over every production class of every module: the domain speaks only Java, the
 * application only the domain, adapters reach the core only through ports and domain types and never each other.
 */
class ArchitectureTest {
    private static final String DOMAIN = "io.kinrealm.domain..";
    private static final String APPLICATION = "io.kinrealm.application..";
    private static final String ADAPTERS = "io.kinrealm.adapters..";
    private static final String BOOTSTRAP = "io.kinrealm.bootstrap..";

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("kinrealm-testing") && !location.contains("/testing/"))
                .importPackages("io.kinrealm");
    }

    @Test
    void the_domain_uses_only_java() {
        check(classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java.."));
    }

    @Test
    void the_application_uses_only_the_domain_and_java() {
        check(classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java.."));
    }

    @Test
    void adapters_reach_the_core_only_through_ports_and_domain_types() {
        check(noClasses().that().resideInAPackage(ADAPTERS)
                .should().dependOnClassesThat(coreOutsidePorts()));
    }

    @Test
    void adapters_never_depend_on_each_other() {
        check(slices().matching("io.kinrealm.adapters.(*)..").should().notDependOnEachOther());
    }

    @Test
    void nothing_in_the_core_depends_on_adapters_or_bootstrap() {
        check(noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, BOOTSTRAP));
        check(noClasses().that().resideInAPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP));
    }

    @Test
    void there_are_no_package_cycles() {
        check(slices().matching("io.kinrealm.(**)").should().beFreeOfCycles());
    }

    @Test
    void the_core_never_reads_a_clock() {
        check(noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().callMethodWhere(readsTheClock()));
    }

    @Test
    void production_code_never_prints_to_standard_streams() {
        check(noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION, ADAPTERS, BOOTSTRAP)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err"));
    }

    private static DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> coreOutsidePorts() {
        return DescribedPredicate.describe("core classes outside port packages",
                target -> target.getPackageName().startsWith("io.kinrealm.application")
                        && !target.getPackageName().contains(".port."));
    }

    private static DescribedPredicate<JavaCall<?>> readsTheClock() {
        return DescribedPredicate.describe("a read of the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean timeNow = owner.startsWith("java.time.") && name.equals("now");
            boolean systemClock = owner.equals("java.time.Clock") && name.startsWith("system");
            boolean systemTime = owner.equals("java.lang.System")
                    && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
            return timeNow || systemClock || systemTime;
        });
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
