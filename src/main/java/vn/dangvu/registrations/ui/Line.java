package vn.dangvu.registrations.ui;

import vn.dangvu.registrations.Standing;
import vn.dangvu.registrations.Subject;

/// One line of the cell's list: the cell's own registration first, then its members. `standing` says where the
/// member stands (the cell's line: registered or missing), `items` the count of items ("3, 1 chung chung"), `result`
/// the overall assessment once every item is assessed.
public record Line(Subject subject, String name, String born, Standing standing, String standingText, String items,
                   String result) {
}
