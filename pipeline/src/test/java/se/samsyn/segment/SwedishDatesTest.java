package se.samsyn.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SwedishDatesTest {
  @Test
  void readsWrittenAndIsoDates() {
    assertEquals(Optional.of(LocalDate.of(2018, 5, 8)), SwedishDates.firstFullDate("Workshop 8 maj 2018 i Örebro"));
    assertEquals(Optional.of(LocalDate.of(2011, 10, 18)), SwedishDates.firstFullDate("Dialogmöte 18 oktober 2011"));
    assertEquals(Optional.of(LocalDate.of(2015, 10, 23)), SwedishDates.firstFullDate("VÄRMLAND 2015-10-23"));
  }

  @Test
  void dateWithoutYearTakesTheDefaultYearOnlyWhenAsked() {
    assertTrue(SwedishDates.firstFullDate("Sammanfattning från 29 maj").isEmpty());
    assertEquals(Optional.of(LocalDate.of(2018, 5, 29)), SwedishDates.firstDate("Sammanfattning från 29 maj", 2018));
  }

  @Test
  void ignoresImpossibleDatesAndNumbersThatAreNotDates() {
    assertTrue(SwedishDates.firstFullDate("2018-13-45").isEmpty());
    assertTrue(SwedishDates.firstDate("200 000 idéburna organisationer", 2018).isEmpty());
    assertTrue(SwedishDates.firstDate("3 majoriteter", 2018).isEmpty());
  }

  @Test
  void readsMetadataTimestamps() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), SwedishDates.fromTimestamp("2024-03-12T09:30:00Z"));
  }
}
