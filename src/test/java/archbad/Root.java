package archbad;

/// Deliberately bad classes for LayerRulesFixtureTest: each breaks one layer rule. Never used by the app.
public final class Root {
}
