package se.samsyn.cli;

import picocli.CommandLine.Option;
import se.samsyn.group.Classifiers;

/** The {@code --classifier} option: which classifier labels statements the structure leaves without a principle. */
final class ClassifierOption {
  @Option(names = "--classifier", paramLabel = "NAME",
      description = "Classifier of statements without a principle heading: ${COMPLETION-CANDIDATES} "
          + "(default: ${DEFAULT-VALUE}, the best in held-out evaluation).",
      completionCandidates = Names.class)
  private String name = Classifiers.DEFAULT;

  /** The chosen name; an unknown one is a usage error naming the choices. */
  String name() {
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
