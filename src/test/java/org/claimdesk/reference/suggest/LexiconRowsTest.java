package org.claimdesk.reference.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every row of the lexicons (parties, Home Office measures, seat relations) matches its own example. */
class LexiconRowsTest {

    @Test
    void everyPartyIsFoundInItsExample() {
        for (Party p : Party.values()) {
            assertThat(Party.find(p.example)).as(p.example).extracting(Party.Mention::party).contains(p);
        }
    }

    @Test
    void partyNamesAreProperNounsAndLongestFirst() {
        assertThat(Party.find("The labour market is tight.")).isEmpty();
        assertThat(Party.find("Labour Together published a report.")).isEmpty();
        assertThat(Party.find("The green belt is protected.")).isEmpty();
        assertThat(Party.find("The Social Democratic and Labour Party held Foyle.")).extracting(Party.Mention::party)
                .containsExactly(Party.SDLP);
        assertThat(Party.find("Lib Dems and Tories, Reform and Plaid")).extracting(Party.Mention::party)
                .containsExactly(Party.LD, Party.CON, Party.RUK, Party.PC);
        assertThat(Party.RUK.codeIn(List.of("Con", "Lab", "BRX"))).isEqualTo("BRX");
        assertThat(Party.RUK.codeIn(List.of("Con", "Lab", "RUK"))).isEqualTo("RUK");
    }

    @Test
    void everyMeasureMatchesItsExample() {
        for (Measure m : Measure.values()) {
            assertThat(m.words.matcher(m.example).find()).as(m + ": " + m.example).isTrue();
        }
    }

    @Test
    void everySeatRelationMatchesItsExample() {
        for (SeatRelation r : SeatRelation.values()) {
            if (r == SeatRelation.TOTAL) {
                String before = r.example.substring(0, r.example.indexOf("650")).toLowerCase(java.util.Locale.ROOT);
                assertThat(r.words.matcher(before).find()).as(r.example).isTrue();
            } else {
                assertThat(r.words.matcher(r.example.toLowerCase(java.util.Locale.ROOT)).find()).as(r + ": " + r.example)
                        .isTrue();
            }
        }
    }

    @Test
    void heldPowerIsNotHoldingSeats() {
        assertThat(SeatRelation.HELD.words.matcher("which held power for 14 years").find()).isFalse();
        assertThat(SeatRelation.HELD.words.matcher("they held on to nine seats").find()).isFalse();
        assertThat(SeatRelation.HELD.words.matcher("labour held 193 seats").find()).isTrue();
    }

    @Test
    void placesByNameAndByDemonym() {
        List<String> countries = List.of("Albania", "Iraq", "Sudan", "France", "Gambia, The");
        assertThat(Places.demonyms("Some 900 Albanians and 300 Iraqi nationals arrived", countries))
                .extracting(Places.Found::value).containsExactly("Albania", "Iraq");
        assertThat(Places.demonyms("the Albanian coast", countries)).isEmpty();
        assertThat(Places.demonyms("2,000 Sudanese crossed", countries)).extracting(Places.Found::value)
                .containsExactly("Sudan");
        assertThat(Places.values("Returns to Albania rose", countries)).extracting(Places.Found::value)
                .containsExactly("Albania");
        assertThat(Places.ukCountries("Labour won most Scottish seats", List.of("Scotland", "Wales")))
                .extracting(Places.Found::value).containsExactly("Scotland");
    }
}
