package dev.gilspy.interp.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The interpreter's package rules (DESIGN.md, "Packages follow concepts"; interpreter/README.md):
 * {@code interp} (API) → {@code modules} → {@code parse} → {@code nodes} → {@code runtime} → {@code gil};
 * {@code format} stands alone.
 */
@AnalyzeClasses(packages = "dev.gilspy.interp", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String API = "dev.gilspy.interp";
    private static final String MODULES = "dev.gilspy.interp.modules..";
    private static final String PARSE = "dev.gilspy.interp.parse..";
    private static final String NODES = "dev.gilspy.interp.nodes..";
    private static final String RUNTIME = "dev.gilspy.interp.runtime..";
    private static final String GIL = "dev.gilspy.interp.gil..";
    private static final String FORMAT = "dev.gilspy.interp.format..";

    /** Each layer is used only by the layers above it. */
    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("api").definedBy(API)
        .layer("modules").definedBy(MODULES)
        .layer("parse").definedBy(PARSE)
        .layer("nodes").definedBy(NODES)
        .layer("runtime").definedBy(RUNTIME)
        .layer("gil").definedBy(GIL)
        .layer("format").definedBy(FORMAT)
        .whereLayer("api").mayNotBeAccessedByAnyLayer()
        .whereLayer("modules").mayOnlyBeAccessedByLayers("api")
        .whereLayer("parse").mayOnlyBeAccessedByLayers("api", "modules")
        .whereLayer("nodes").mayOnlyBeAccessedByLayers("api", "modules", "parse")
        .whereLayer("runtime").mayOnlyBeAccessedByLayers("api", "modules", "parse", "nodes")
        .whereLayer("gil").mayOnlyBeAccessedByLayers("api", "modules", "parse", "nodes", "runtime");

    /** The object model runs code, imports and builtin modules only through interfaces it declares (runtime.Host). */
    @ArchTest
    static final ArchRule runtimeNeverImportsTheLayersAbove = noClasses()
        .that().resideInAPackage(RUNTIME)
        .should().dependOnClassesThat().resideInAnyPackage(NODES, PARSE, MODULES, API);

    /**
     * Source becomes nodes without touching the object model: literal values come from
     * {@code nodes.Constants}, code objects are built through {@code nodes.CodeBuilder}, and a
     * {@code SyntaxError} becomes the runtime's {@code CompileError} in the pipeline.
     */
    @ArchTest
    static final ArchRule parseNeverImportsRuntime = noClasses()
        .that().resideInAPackage(PARSE)
        .should().dependOnClassesThat().resideInAPackage(RUNTIME);

    /** Tokens know nothing of values: the lexer keeps int literals as Long or BigInteger itself. */
    @ArchTest
    static final ArchRule lexerStandsOnItsOwn = noClasses()
        .that().haveFullyQualifiedName("dev.gilspy.interp.parse.Lexer")
        .or().haveFullyQualifiedName("dev.gilspy.interp.parse.Token")
        .should().dependOnClassesThat().resideInAnyPackage(RUNTIME, NODES);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("dev.gilspy.interp.(*)..").should().beFreeOfCycles();

    /** The GIL is what the agent instruments by name: it knows nothing of the interpreter above it. */
    @ArchTest
    static final ArchRule gilStandsAlone = classes()
        .that().resideInAPackage(GIL)
        .should().onlyDependOnClassesThat().resideInAnyPackage(GIL, "java..");

    /** String formatting (format specs, float repr) is plain Java: no interpreter package. */
    @ArchTest
    static final ArchRule formatStandsAlone = classes()
        .that().resideInAPackage(FORMAT)
        .should().onlyDependOnClassesThat().resideInAnyPackage(FORMAT, "java..");
}
