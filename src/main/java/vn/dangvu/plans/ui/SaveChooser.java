package vn.dangvu.plans.ui;

import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.Node;

/// Asks where to save a file (the platform's save dialog); tests replace it.
@FunctionalInterface
public interface SaveChooser {

    /// The file chosen, or empty when the user cancelled.
    Optional<Path> choose(Node owner, String proposedName, String extension);
}
