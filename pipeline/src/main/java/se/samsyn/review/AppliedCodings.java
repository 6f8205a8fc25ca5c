package se.samsyn.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.samsyn.group.Grouper;
import se.samsyn.group.GroupingInput;
import se.samsyn.group.HumanCoding;
import se.samsyn.group.StructureLabeler;
import se.samsyn.models.Codebook;

/**
 * The codings that still fit a run, and a reason for each that does not: its statement is gone,
 * its text changed since it was coded (hash differs), or it names a principle the codebook lacks.
 *
 * @param human    the codings to apply, by statement id
 * @param notApplied one line per coding left out, saying why
 */
public record AppliedCodings(Map<String, HumanCoding> human, List<String> notApplied) {
  public AppliedCodings {
    human = Map.copyOf(human);
    notApplied = List.copyOf(notApplied);
  }

  public static final AppliedCodings NONE = new AppliedCodings(Map.of(), List.of());

  /** The codings of a run's output folder checked against the statements it groups now. */
  public static AppliedCodings forRun(Path runFolder, Grouper grouper, List<GroupingInput> statements)
      throws IOException {
    CodingsFile.Contents contents = CodingsFile.of(runFolder).read();
    if (contents.codings().isEmpty() && contents.problems().isEmpty()) {
      return NONE;
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (StructureLabeler.Labelled labelled : grouper.structure(statements)) {
      texts.put(labelled.input().id(), labelled.text());
    }
    return check(contents, texts, grouper.codebook());
  }

  /**
   * @param texts the statements of the run: id → text as statements.csv and the index have it
   */
  public static AppliedCodings check(CodingsFile.Contents contents, Map<String, String> texts, Codebook codebook) {
    Map<String, HumanCoding> human = new LinkedHashMap<>();
    List<String> notApplied = new ArrayList<>();
    contents.problems().forEach(p -> notApplied.add("line " + p.line() + ": " + p.reason()));
    for (Coding coding : contents.codings()) {
      String text = texts.get(coding.statementId());
      String unknown = coding.principles().stream().filter(p -> codebook.principle(p).isEmpty()).findFirst().orElse(null);
      if (text == null) {
        notApplied.add(coding.statementId() + ": no such statement in the run (its document changed or is gone)");
      } else if (!coding.textSha256().isEmpty() && !coding.textSha256().equals(Coding.sha256(text))) {
        notApplied.add(coding.statementId() + ": its text changed since it was coded");
      } else if (unknown != null) {
        notApplied.add(coding.statementId() + ": '" + unknown + "' is no principle of the codebook");
      } else {
        human.put(coding.statementId(), coding.toHumanCoding());
      }
    }
    return new AppliedCodings(human, notApplied);
  }

  public int applied() {
    return human.size();
  }
}
