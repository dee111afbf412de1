package org.claimdesk.extraction;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The engine is plain Java: no framework, no persistence, no other feature of the app. */
class ExtractionArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimdesk.extraction");

    @Test
    void extractionDependsOnNothingOfTheApp() {
        noClasses().that().resideInAPackage("org.claimdesk.extraction..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                        "org.hibernate..", "io.smallrye..", "org.eclipse.microprofile..")
                .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in another package of the app",
                        c -> c.getPackageName().startsWith("org.claimdesk")
                                && !c.getPackageName().startsWith("org.claimdesk.extraction")))
                .check(ENGINE);
    }
}
