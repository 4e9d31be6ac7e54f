package io.customerlens.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.customerlens.store.SalesLineRepository;
import io.customerlens.store.SalesStore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layers of docs/architecture: ui → (report, store, importer, analysis) → domain. */
@AnalyzeClasses(packages = "io.customerlens", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    /** Production classes only, whatever the build folder is called (-Dbuild.dir=target-x included). */
    static final class MainClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("App").definedBy("io.customerlens.app..")
            .layer("Faces").definedBy("io.customerlens.ui..", "io.customerlens.cli..")
            .layer("Services").definedBy("io.customerlens.service..")
            .layer("Settings").definedBy("io.customerlens.settings..")
            .layer("Adapters").definedBy("io.customerlens.importer..", "io.customerlens.store..",
                    "io.customerlens.report..", "io.customerlens.demo..")
            .layer("Analysis").definedBy("io.customerlens.analysis..")
            .layer("Core").definedBy("io.customerlens.domain..", "io.customerlens.task..", "io.customerlens.i18n..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Faces").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Faces", "App")
            .whereLayer("Settings").mayOnlyBeAccessedByLayers("Faces", "App")
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Services", "Faces", "App")
            // Settings hold the analyses' option values (pure records and enums), never their functions' results.
            .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Adapters", "Services", "Settings", "Faces", "App");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.customerlens.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheUserInterfaceUsesJavaFx = noClasses()
            .that().resideOutsideOfPackages("io.customerlens.ui..", "io.customerlens.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree.chart.fx..");

    @ArchTest
    static final ArchRule analysisIsPure = noClasses()
            .that().resideInAnyPackage("io.customerlens.analysis..", "io.customerlens.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.apache.poi..", "org.h2..",
                    "org.dhatim..", "org.apache.commons.csv..", "java.sql..", "java.io..", "java.nio.file..");

    @ArchTest
    static final ArchRule userInterfaceGoesThroughServices = noClasses()
            .that().resideInAnyPackage("io.customerlens.ui..", "io.customerlens.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.customerlens.store..", "org.jdbi..");

    @ArchTest
    static final ArchRule sqlStaysInTheStore = noClasses()
            .that().resideOutsideOfPackage("io.customerlens.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.flywaydb..");

    /** Every figure comes from the one analysis snapshot (docs/decisions/0008): nothing else reads whole lines. */
    @ArchTest
    static final ArchRule onlyTheSnapshotReadsSalesLines = noClasses()
            .that().resideOutsideOfPackages("io.customerlens.service.snapshot..", "io.customerlens.store..")
            .should().callMethod(SalesStore.class, "readAll", SalesLineRepository.SaleConsumer.class)
            .orShould().callMethod(SalesLineRepository.class, "forEachSale", SalesLineRepository.SaleConsumer.class)
            .because("pages, the card, the CLI and the reports read their figures from the shared AnalysisSnapshot");
}
