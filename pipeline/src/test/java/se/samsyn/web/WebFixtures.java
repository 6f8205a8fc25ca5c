package se.samsyn.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small workshop notes written for the web tests. */
final class WebFixtures {
  /** Statements about independence in {@link #dialogue()}. */
  static final int INDEPENDENCE_LINES = 14;

  private WebFixtures() {}

  /** Runs {@code samsyn run} over the dialogue and the consultation in {@code work/in} and serves its index. */
  static ServedIndex serveBoth(Path work) throws IOException {
    Path in = Files.createDirectories(work.resolve("in"));
    Files.writeString(in.resolve("dialogmote.txt"), dialogue(), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("remissvar.txt"), consultation(), StandardCharsets.UTF_8);
    return ServedIndex.run(in, work.resolve("out"));
  }

  /** Notes of a dialogue meeting in 2023: a numbered list, many statements naming oberoende. */
  static String dialogue() {
    StringBuilder text = new StringBuilder("""
        Dialogmöte med Föreningsalliansen i Malmö 14 mars 2023

        1. Självständighet och oberoende

        """);
    String[] ordinals = {"första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde",
        "nionde", "tionde", "elfte", "tolfte", "trettonde", "fjortonde"};
    for (String ordinal : ordinals) {
      text.append("Den ").append(ordinal).append(" raden säger att föreningarnas oberoende måste värnas\n\n");
    }
    text.append("""
        2. Dialog

        Vi vill ha fler möten med kommunen om bidragen

        En deltagare skrev <script>alert(1)</script> i chatten som test av alert

        """);
    return text.toString();
  }

  /** A consultation response from 2024 with a spreadsheet formula in it. */
  static String consultation() {
    return """
        Remissvar från Civilsamhällets nätverk i Umeå 5 februari 2024

        1. Oberoende

        Oberoendet gentemot staten är grunden för allt vårt arbete

        Självständigheten och oberoendefrågan behöver lyftas i varje avtal

        2. Övrigt

        =HYPERLINK("http://example.invalid/x","klicka här") stod det i hyperlink-fältet
        """;
  }
}
