package vn.dangvu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Optional;
import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/// The layer rules of [ArchitectureTest] for a root package: "vn.dangvu" for the app, another root for the
/// deliberately bad classes of [LayerRulesFixtureTest], which shows each rule failing.
final class Layers {

    /// Packages below every feature (shared infrastructure); `shell` and `cli` sit above.
    static final Set<String> SHARED = Set.of("common", "db", "party", "ui", "document");
    static final Set<String> NOT_FEATURES = Set.of("common", "db", "party", "ui", "document", "shell", "cli");

    private final String root;

    Layers(String root) {
        this.root = root;
    }

    ArchRule slices() {
        return SlicesRuleDefinition.slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /// Only the command line (an entry point beside App) builds an AppContext; no feature or shared package does.
    ArchRule nothingImportsTheRoot() {
        return noClasses().that().resideOutsideOfPackages(root, root + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(root);
    }

    ArchRule shellKnowsNoFeature() {
        return classes().that().resideInAPackage(root + ".shell..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javafx..", "org.slf4j..",
                        root + ".shell..", root + ".ui..", root + ".common..");
    }

    ArchRule sharedKnowsNoFeature() {
        return classes().that().resideInAnyPackage(SHARED.stream().map(s -> root + "." + s + "..").toArray(String[]::new))
                .should(dependOnlyOnSliceOf(SHARED));
    }

    ArchRule throughServices() {
        return classes().that().resideInAPackage(root + ".*..").should(reachOtherFeaturesOnlyThroughServicesOrRecords());
    }

    ArchRule oneClock() {
        return noClasses().that().resideOutsideOfPackage(root).should(callANowWithoutAClock());
    }

    /// The slice (first package under the root) of a class, empty for the root package itself and outside it.
    Optional<String> slice(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = p.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private ArchCondition<JavaClass> dependOnlyOnSliceOf(Set<String> allowed) {
        return new ArchCondition<>("depend on no feature, the shell or the command line") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    Optional<String> target = slice(d.getTargetClass());
                    if (d.getTargetClass().getPackageName().equals(root)
                            || target.isPresent() && !allowed.contains(target.get())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    /// A class of feature F may use, of another feature G: G's *Service classes, and G's records, enums and
    /// interfaces (data and callbacks), never G's repositories, rules, views or other classes.
    private ArchCondition<JavaClass> reachOtherFeaturesOnlyThroughServicesOrRecords() {
        return new ArchCondition<>("reach another feature only through its *Service or its records") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                Optional<String> from = slice(c);
                if (from.isEmpty() || SHARED.contains(from.get())) {
                    return;
                }
                for (Dependency d : c.getDirectDependenciesFromSelf()) {
                    JavaClass t = d.getTargetClass();
                    Optional<String> to = slice(t);
                    if (to.isEmpty() || to.equals(from) || NOT_FEATURES.contains(to.get())) {
                        continue;
                    }
                    if (!allowedAcrossFeatures(t)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    static boolean allowedAcrossFeatures(JavaClass t) {
        JavaClass top = t;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getSimpleName().endsWith("Service") || t.isRecord() || t.isEnum() || t.isInterface();
    }

    private static final Set<String> NOW = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.Year", "java.time.YearMonth");

    private static ArchCondition<JavaClass> callANowWithoutAClock() {
        return new ArchCondition<>("read the time without the root's Clock") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethodCall call : c.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean noArgNow = NOW.contains(owner) && name.equals("now") && call.getTarget().getRawParameterTypes().isEmpty();
                    boolean systemClock = owner.equals("java.time.Clock")
                            && (name.equals("systemDefaultZone") || name.equals("systemUTC"));
                    boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                    if (noArgNow || systemClock || millis) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

}
