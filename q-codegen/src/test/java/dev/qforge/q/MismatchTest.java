package dev.qforge.q;

import org.junit.jupiter.api.Test;

import static dev.qforge.q.Mismatch.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The conformance test's explanations of mismatches, on hand-made sessions. */
class MismatchTest {

    @Test void aMatchIsNoMismatchAndDefinesWhatItAssigns() {
        Mismatch m = new Mismatch("s");
        assertThat(m.observe("f:{x+1}", "", "", false)).isNull();
        // f is defined now, so an error naming it is not "not defined": it is ours
        assertThat(m.observe("f 1", "2", "'f", false)).isEqualTo(UNEXPLAINED);
    }

    @Test void anUndefinedNameIsNotDefinedButAMissingKeywordIsOurs() {
        Mismatch m = new Mismatch("s");
        assertThat(m.observe("count A", "1057", "'A", false)).isEqualTo(NOT_DEFINED);
        assertThat(m.observe("ssr[\"ab\";\"a\";\"c\"]", "\"cb\"", "'ssr", false)).isEqualTo(UNEXPLAINED);
        m.preamble("sd:sum s@\nA:1 2 3");
        assertThat(m.observe("count A", "1057", "'A", false)).isEqualTo(UNEXPLAINED);
    }

    @Test void whatAFailingPairWasToDefineFailsForItsReason() {
        Mismatch m = new Mismatch("s");
        assertThat(m.observe("count PATHS:15 {raze x}\\til 16", "16", "<timeout>", false)).isEqualTo(OVER_LIMIT);
        assertThat(m.observe("sum ce PATHS", "12029640", "'PATHS", false)).isEqualTo(OVER_LIMIT);
        assertThat(m.observe("g:deal[]", "", "'deal", false)).isEqualTo(NOT_DEFINED);
        assertThat(m.observe("g`c", "1 2", "'g", false)).isEqualTo(NOT_DEFINED);
        assertThat(m.observe("g:1 2", "", "", false)).isNull();
        assertThat(m.observe("g 5", "0N", "'index", false)).isEqualTo(UNEXPLAINED);
    }

    @Test void randomnessComesFirst() {
        assertThat(new Mismatch("s").observe("x", "1 2", "3 4", true)).isEqualTo(RANDOM_OR_FETCHED);
    }

    @Test void consoleCutsAtAnotherRowOrColumn() {
        // rows: the article's console was 7 rows high, ours shows more before its own cut
        assertThat(Mismatch.consoleCut("\"OA\"\n\"OD\"\n..", "\"OA\"\n\"OD\"\n\"OG\"\n..")).isTrue();
        // columns: the article's console was wider
        assertThat(Mismatch.consoleCut("\"twelve million is seventy..", "\"twelve million i..")).isTrue();
        assertThat(Mismatch.consoleCut("1 2 3 4..", "1 2 3 4 5 6..")).isTrue();
        // a cut does not excuse different content before it
        assertThat(Mismatch.consoleCut("\"OA\"\n\"OX\"\n..", "\"OA\"\n\"OD\"\n\"OG\"\n..")).isFalse();
        assertThat(Mismatch.consoleCut("1 2 9 4..", "1 2 3 4 5 6..")).isFalse();
        // no cut at all: no explanation
        assertThat(Mismatch.consoleCut("1 2 3", "1 2 4")).isFalse();
        assertThat(Mismatch.consoleCut("1\n2", "1\n2\n3")).isFalse();
    }

    @Test void kStyleBooleansOnlyForBooleanAtoms() {
        Mismatch m = new Mismatch("s");
        assertThat(m.observe("f \"racecar\"", "1", "1b", false)).isEqualTo(K_BOOLEAN);
        assertThat(m.observe("f \"racecar\"", "1", "1i", false)).isEqualTo(UNEXPLAINED);
        assertThat(m.observe("f \"racecar\"", "10", "10b", false)).isEqualTo(UNEXPLAINED);
    }

    @Test void knownArticleErrorsAreOnlyThoseListedAndRecordedAsMet() {
        Mismatch m = new Mismatch("qbists/studyq/rosetta/sum-say.md");
        assertThat(m.observe("where its=max its", "\"9900\"", ",\"9900\"", false)).isEqualTo(KNOWN);
        assertThat(m.knownMet()).containsExactly(Mismatch.key("qbists/studyq/rosetta/sum-say.md", "where its=max its"));
        assertThat(new Mismatch("other.md").observe("where its=max its", "\"9900\"", ",\"9900\"", false)).isEqualTo(UNEXPLAINED);
    }
}
