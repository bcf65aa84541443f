package vn.dangvu;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/// Each layer rule of [ArchitectureTest] fails on the deliberately bad classes under `archbad` (test sources):
/// proof that the rules can fail, so a cycle or a shortcut added to the app would be caught.
class LayerRulesFixtureTest {

    private static JavaClasses bad;
    private static final Layers LAYERS = new Layers("archbad");

    @BeforeAll
    static void importFixture() {
        bad = new ClassFileImporter().importPackages("archbad");
    }

    @ParameterizedTest
    @ValueSource(strings = {"slices", "nothingImportsTheRoot", "shellKnowsNoFeature", "sharedKnowsNoFeature",
        "throughServices", "oneClock"})
    void ruleFailsOnTheBadFixture(String name) {
        ArchRule rule = rules().apply(name);
        AssertionError e = assertThrows(AssertionError.class, () -> rule.check(bad));
        assertTrue(e.getMessage().contains("archbad."), e.getMessage());
    }

    private static Function<String, ArchRule> rules() {
        return name -> switch (name) {
            case "slices" -> LAYERS.slices();
            case "nothingImportsTheRoot" -> LAYERS.nothingImportsTheRoot();
            case "shellKnowsNoFeature" -> LAYERS.shellKnowsNoFeature();
            case "sharedKnowsNoFeature" -> LAYERS.sharedKnowsNoFeature();
            case "throughServices" -> LAYERS.throughServices();
            case "oneClock" -> LAYERS.oneClock();
            default -> throw new IllegalArgumentException(name);
        };
    }
}
