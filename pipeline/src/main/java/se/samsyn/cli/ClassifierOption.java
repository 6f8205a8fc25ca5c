package se.samsyn.cli;

import java.util.Optional;
import picocli.CommandLine.Option;
import se.samsyn.group.Classifiers;

/** The {@code --classifier} option: which classifier labels statements the structure leaves without a principle. */
final class ClassifierOption {
  @Option(names = "--classifier", paramLabel = "NAME",
      description = "Classifier of statements without a principle heading: ${COMPLETION-CANDIDATES} "
          + "(default: " + Classifiers.DEFAULT + ", the best in held-out evaluation; regroup: the run's own).",
      completionCandidates = Names.class)
  private String name;

  /** The chosen name, or the default; an unknown one is a usage error naming the choices. */
  String name() {
    return nameOr(Optional.empty());
  }

  /** The chosen name, or else the one recorded (if still known), or else the default. */
  String nameOr(Optional<String> recorded) {
    if (name == null) {
      return recorded.filter(Classifiers.names()::contains).orElse(Classifiers.DEFAULT);
    }
    if (!Classifiers.names().contains(name)) {
      throw new UsageException("unknown --classifier '" + name + "'; choose one of " + String.join(", ", Classifiers.names()));
    }
    return name;
  }

  /** The names picocli lists in the help. */
  static final class Names implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Classifiers.names().iterator();
    }
  }
}
