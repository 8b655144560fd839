package org.doudi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/** The boundaries of DESIGN.md, checked on the compiled classes of both modules. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.doudi");

    /** The engine classes: everything compiled from doudi-engine (its packages are not in the server). */
    private static final DescribedPredicate<JavaClass> ENGINE = DescribedPredicate.describe("doudi-engine classes",
            c -> c.getSource().map(s -> s.getUri().toString().contains("doudi-engine")).orElse(false));

    @Test
    void theEngineSeesSpringJdbcAndJacksonNowhere() {
        noClasses().that(ENGINE)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "com.fasterxml.jackson..", "tools.jackson..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void theEngineClassesWereFound() {
        org.assertj.core.api.Assertions.assertThat(CLASSES.that(ENGINE)).extracting(JavaClass::getName)
                .contains("org.doudi.kernel.IdNumber", "org.doudi.tabular.TableReader",
                        "org.doudi.registry.PersonRowParser", "org.doudi.synthetic.Generator");
    }

    @Test
    void noModuleTouchesAnotherModulesInternalPackage() {
        noClasses().should(accessInternalsOfAnotherModule()).check(CLASSES);
    }

    /** org.doudi.X.internal.. may be used only from org.doudi.X.. */
    private static ArchCondition<JavaClass> accessInternalsOfAnotherModule() {
        return new ArchCondition<>("depend on the internal package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (target.startsWith("org.doudi.") && internal > 0
                            && !origin.getPackageName().startsWith(target.substring(0, internal))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }
}
