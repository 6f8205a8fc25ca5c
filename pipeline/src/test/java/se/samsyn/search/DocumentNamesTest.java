package se.samsyn.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentNamesTest {
  @Test
  void titlesAreNamesRepeatedTitlesGetTheirFileAndFileStemTitlesAreFileNames() {
    Map<String, String> titles = new LinkedHashMap<>();
    titles.put("in/blekinge.txt", "ÖVERENSKOMMELSEN");
    titles.put("in\\värmland.pdf", "Överenskommelsen ");
    titles.put("in/kalmar.html", "Dialogmöte i Kalmar 2024");
    titles.put("../corpus/000_9afed11f683fbf5e.txt", "000_9afed11f683fbf5e");
    titles.put("in/utan-titel.docx", "");
    assertEquals(Map.of(
        "in/blekinge.txt", "ÖVERENSKOMMELSEN (blekinge.txt)",
        "in\\värmland.pdf", "Överenskommelsen (värmland.pdf)",
        "in/kalmar.html", "Dialogmöte i Kalmar 2024",
        "../corpus/000_9afed11f683fbf5e.txt", "000_9afed11f683fbf5e.txt",
        "in/utan-titel.docx", "utan-titel.docx"), DocumentNames.of(titles));
  }
}
