package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of {@link ClaimAuthor}, with sentences of our own: who counts as a claim's author. */
class ClaimAuthorTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # speaker                      | sentence                                                              | author
            # names: a person, titled or in full; an organisation by its noun, acronym, joiner or 'the'
            Priya Nandakumar               | Priya Nandakumar said 40 schools would close.                         | Person: Priya Nandakumar
            Mr Okafor                      | The cost was £3m, Mr Okafor said.                                     | Person: Mr Okafor
            Dr. Helen Marsh                | Dr. Helen Marsh put the waiting list at 7,000.                        | Person: Dr. Helen Marsh
            Deputy Mayor Tom Ashby         | Deputy Mayor Tom Ashby said 12 buses were cut.                        | Person: Deputy Mayor Tom Ashby
            Seán O’Rourke-Byrne            | The fund grew by 9%, said Seán O’Rourke-Byrne.                        | Person: Seán O’Rourke-Byrne
            Harbour Ferries Company        | Harbour Ferries Company said fares rose 5%.                           | Organization: Harbour Ferries Company
            Institute for Coastal Studies  | Sea levels rose 4mm, according to the Institute for Coastal Studies.  | Organization: Institute for Coastal Studies
            the Exchequer                  | The deficit was £8bn, the Exchequer said.                             | Organization: Exchequer
            NRA                            | NRA said 300 rivers were checked.                                     | Organization: NRA
            Westfield                      | Turnout hit 61%, Westfield said.                                      | Organization: Westfield
            The Greens                     | The Greens say 2,000 homes are empty.                                 | Organization: Greens
            # descriptions: a word in lower case anywhere, so no author
            figures revealed by            | Some 800 posts were lost, figures revealed by the union show.         | -
            the minister                   | The minister said 40 schools would close.                             | -
            a spokesperson                 | A total of 12 sites were sold, a spokesperson said.                   | -
            sources                        | At least 30 staff left, according to sources.                         | -
            official records               | Only 6% were answered in time, according to official records.         | -
            Figures published by           | Figures published by the board show 90 beds.                          | -
            # possessives: the figure belongs to them, it was not said by them
            Priya Nandakumar's             | Priya Nandakumar's plan costs £2bn, the report said.                  | -
            the Greens'                    | The Greens' pledge of 5,000 trees was costed, he said.                | -
            # offices named only by role nouns
            the Prime Minister             | The Prime Minister said 20 new hospitals were planned.                | -
            Home Secretary                 | Home Secretary said arrivals fell 10%.                                | -
            # one capitalised word opening the sentence is capitalised by position only
            Officials                      | Officials said 50 flights were cancelled.                             | -
            Campaigners                    | Campaigners claim 1,200 trees were felled.                            | -
            # a name after 'in', 'at' or 'near' is a place
            East Riding                    | A reporter in the East Riding said 300 people came.                   | -
            # nothing to go on
            -                              | Some 40 schools would close.                                          | -
            """)
    void authorOnlyForANamedPersonOrOrganisation(String speaker, String sentence, String expected) {
        Optional<ClaimAuthor> author = ClaimAuthor.of(speaker, sentence);
        assertThat(author.map(a -> (a.organization() ? "Organization: " : "Person: ") + a.name()).orElse(null))
                .isEqualTo(expected);
    }
}
