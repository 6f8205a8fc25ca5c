package se.samsyn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Input for the export tests: three files of corpus/sample (headings, slides, a survey) and two
 * written here that carry a spreadsheet formula, {@value #FORMULA}, in a statement, in a theme
 * of 'other' statements and as a survey respondent's organisation (the speaker).
 */
final class ExportMaterial {
  static final String FORMULA = "=HYPERLINK(\"http://x\",\"klicka\")";
  static final List<String> SAMPLES = List.of("workshop-sammanfattning.docx", "informationsmote.pptx",
      "enkat-export.csv");

  private ExportMaterial() {}

  /** The samples and the two files with formulas. */
  static Path write(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (String sample : SAMPLES) {
      Files.copy(Path.of("..", "corpus", "sample", sample), folder.resolve(sample));
    }
    return writeFormulas(folder);
  }

  /** Notes whose 'other' statements form a theme with the formula in it, and a survey with it as a respondent. */
  static Path writeFormulas(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("lankar.txt"), """
        Anteckningar från fikamötet 3 mars 2024

        %1$s

        %1$s kaffebryggaren i köket är trasig

        Kaffebryggaren i köket behöver avkalkas

        Kaffebryggaren i köket ska bytas mot en ny kaffebryggare

        @Kaffe och kakor: kaffebryggaren i köket används på fredag
        """.formatted(FORMULA), StandardCharsets.UTF_8);
    String quoted = "\"" + FORMULA.replace("\"", "\"\"") + "\"";
    Files.writeString(folder.resolve("svar.csv"), String.join("\r\n",
        "respondent_id,organisation,datum,Vad vill ni säga om samverkan?",
        "1," + quoted + ",2024-05-02,Vi vill få vara med från början när kommunen planerar nya insatser för unga.",
        "2,Föreningen Ljuset,2024-05-03,Långsiktiga avtal i stället för ettåriga projekt ger oss arbetsro.",
        ""), StandardCharsets.UTF_8);
    return folder;
  }
}
