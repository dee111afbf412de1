package org.claimdesk.reference.suggest;

/** Which characters of a text a match has taken already, so that overlapping matches keep the first. */
final class Spans {

    private final boolean[] taken;

    Spans(String text) {
        taken = new boolean[text.length()];
    }

    boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    void take(int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }
}
