package org.claimdesk.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateExtractionTest {

    @Test
    void noClaimsFromBoilerplateLines() {
        String text = "Image caption, 300 people attended the rally\n\n"
                + "Sign up for our 5 daily newsletters\n\n"
                + "The rally drew 2,000 people, police said.";
        assertThat(Extract.claims(text)).extracting(Quantity::quote).containsExactly("2,000 people");
    }
}
