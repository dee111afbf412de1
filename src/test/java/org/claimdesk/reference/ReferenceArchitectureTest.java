package org.claimdesk.reference;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The reference feature's place in the layout: it builds on claims and articles but never on the
 * review feature (review attaches checks as evidence, so it depends on reference, not the reverse);
 * its tables, checks and suggestions are plain Java, testable without Quarkus or a database.
 */
class ReferenceArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.claimdesk");

    @Test
    void referenceDoesNotDependOnReview() {
        noClasses().that().resideInAPackage("org.claimdesk.reference..").should().dependOnClassesThat()
                .resideInAPackage("org.claimdesk.review..").check(CLASSES);
    }

    @Test
    void referenceDomainDoesNotKnowTheWebEdge() {
        noClasses().that().resideInAPackage("org.claimdesk.reference..")
                .and().resideOutsideOfPackages("org.claimdesk.reference.rest..", "org.claimdesk.reference.web..")
                .should().dependOnClassesThat().resideInAPackage("org.claimdesk.web..").check(CLASSES);
    }

    @Test
    void tablesChecksAndSuggestionsArePlainJava() {
        noClasses().that().resideInAnyPackage("org.claimdesk.reference.table..", "org.claimdesk.reference.check..",
                "org.claimdesk.reference.suggest..").should().dependOnClassesThat()
                .resideInAnyPackage("io.quarkus..", "jakarta.persistence..", "jakarta.enterprise..", "jakarta.ws..",
                        "org.hibernate..")
                .check(CLASSES);
    }

    @Test
    void nothingButReviewAndTheAppDependsOnReference() {
        noClasses().that().resideInAnyPackage("org.claimdesk.claim..", "org.claimdesk.article..",
                "org.claimdesk.audit..", "org.claimdesk.user..", "org.claimdesk.core..", "org.claimdesk.web..",
                "org.claimdesk.extraction..", "org.claimdesk.export..")
                .should().dependOnClassesThat().resideInAPackage("org.claimdesk.reference..").check(CLASSES);
    }
}
