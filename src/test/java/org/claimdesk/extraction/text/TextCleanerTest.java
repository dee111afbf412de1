package org.claimdesk.extraction.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    @Test
    void keepsParagraphsAndDropsFurniture() {
        String html = "<html><head><title>T</title><script>var x = 5;</script><style>p{}</style></head><body>"
                + "<header>Site menu 24/7</header><nav><a href='/'>Home</a></nav>"
                + "<h1>Council tax to rise</h1><p>The council will raise tax by <b>5%</b>.</p>"
                + "<figure><img src='a.jpg'><figcaption>Protesters, 200 of them</figcaption></figure>"
                + "<p>Leaders met<br>on Monday.</p><aside>Related: 10 things</aside>"
                + "<form><input value='Subscribe'></form><footer>© 2025 Paper</footer></body></html>";
        String text = TextCleaner.clean(html);
        assertThat(text).isEqualTo("Council tax to rise\n\nThe council will raise tax by 5%.\n\nLeaders met\non Monday.");
    }

    @Test
    void emptyInputs() {
        assertThat(TextCleaner.clean(null)).isEmpty();
        assertThat(TextCleaner.clean("")).isEmpty();
    }

    @Test
    void boilerplateLinesAreFound() {
        String text = "Ministers agree deal\n"
                + "Getty Images\n"
                + "A crowd outside the building Reuters\n"
                + "Sign up for our morning politics newsletter\n"
                + "Get the latest headlines delivered straight to your inbox\n"
                + "The deal is worth £2bn, officials said.\n"
                + "Image caption, 300 people attended\n"
                + "Copyright 2025 Example Media. All rights reserved.";
        List<int[]> ranges = Boilerplate.ranges(text);
        List<String> lines = ranges.stream().map(r -> text.substring(r[0], r[1])).toList();
        assertThat(lines).containsExactly("Getty Images", "A crowd outside the building Reuters",
                "Sign up for our morning politics newsletter",
                "Get the latest headlines delivered straight to your inbox", "Image caption, 300 people attended",
                "Copyright 2025 Example Media. All rights reserved.");
        assertThat(Boilerplate.ranges("Reuters reported that 5,000 people came.\nShare")).hasSize(1);
        int deal = text.indexOf("The deal");
        assertThat(Boilerplate.inside(ranges, deal, deal + 5)).isFalse();
        int caption = text.indexOf("300 people");
        assertThat(Boilerplate.inside(ranges, caption, caption + 3)).isTrue();
    }
}
