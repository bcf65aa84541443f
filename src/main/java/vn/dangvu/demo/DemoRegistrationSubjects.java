package vn.dangvu.demo;

import vn.dangvu.registrations.Subject;

/// The registrations' subjects for the demo's history (DemoHistory names the rating's `Subject`).
final class DemoRegistrationSubjects {

    private DemoRegistrationSubjects() {
    }

    static Subject member(long id) {
        return Subject.member(id);
    }

    static Subject cell(long id) {
        return Subject.cell(id);
    }
}
