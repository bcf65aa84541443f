package vn.dangvu.backup;

import vn.dangvu.common.Text;

/// Whose data a backup holds: the commune and its province as the organisation settings name them.
public record Commune(String name, String province) {

    /// Same commune, whatever the case, accents typed differently or spacing.
    public boolean same(Commune other) {
        return Text.fold(name).equals(Text.fold(other.name)) && Text.fold(province).equals(Text.fold(other.province));
    }

    @Override
    public String toString() {
        return name + ", " + province;
    }
}
