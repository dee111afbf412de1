package org.claimdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The intended structure, checked on every build: a new break fails {@code ./mvnw verify}.
 * Features are the packages under org.claimdesk; {@code rest} and {@code web} sub-packages are a
 * feature's edges to HTTP; {@code core} is what every feature shares.
 */
@AnalyzeClasses(packages = "org.claimdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The engine is plain Java with its text libraries: no other part of the app, no Quarkus, no JPA. */
    @ArchTest
    static final ArchRule extractionStandsAlone = noClasses().that().resideInAPackage("org.claimdesk.extraction..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.claimdesk.extraction..", "java..",
                    "com.ibm.icu..", "org.jsoup..", "picocli..", "com.fasterxml.jackson..", "net.jqwik..");

    @ArchTest
    static final ArchRule extractionKnowsNoFramework = noClasses().that().resideInAPackage("org.claimdesk.extraction..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..");

    /** Only a feature's HTTP edges (rest, web) and the web shell itself know the web package. */
    @ArchTest
    static final ArchRule domainKnowsNoWeb = noClasses().that().resideInAPackage("org.claimdesk..")
            .and().resideOutsideOfPackages("org.claimdesk..rest..", "org.claimdesk..web..", "org.claimdesk")
            .should().dependOnClassesThat().resideInAPackage("org.claimdesk.web..");

    /** The review queue builds on claims, never the reverse. */
    @ArchTest
    static final ArchRule claimKnowsNoReview = noClasses().that().resideInAPackage("org.claimdesk.claim..")
            .should().dependOnClassesThat().resideInAPackage("org.claimdesk.review..");

    /** The audit log records anything and knows no domain. */
    @ArchTest
    static final ArchRule auditKnowsNoDomain = noClasses().that().resideInAPackage("org.claimdesk.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.claimdesk.claim..", "org.claimdesk.article..",
                    "org.claimdesk.review..");

    /** The shared core imports no feature. */
    @ArchTest
    static final ArchRule coreKnowsNoFeature = classes().that().resideInAPackage("org.claimdesk.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.claimdesk.core..", "java..",
                    "io.quarkus.security..");

    /** No feature needs another that needs it back. */
    @ArchTest
    static final ArchRule noCyclesBetweenFeatures = slices().matching("org.claimdesk.(*)..").should().beFreeOfCycles();
}
