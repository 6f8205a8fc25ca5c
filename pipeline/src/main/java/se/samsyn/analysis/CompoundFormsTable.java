package se.samsyn.analysis;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run by the build after compiling (pipeline/pom.xml): derives the compound forms from the Hunspell
 * files of {@code language-sv} and writes their tables beside {@link CompoundForms} in the classes
 * folder given as the one argument, from where {@link SwedishLexicons#load()} reads them.
 */
public final class CompoundFormsTable {
  private CompoundFormsTable() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompoundFormsTable CLASSES_FOLDER");
    }
    Path folder = Path.of(args[0]).resolve(CompoundForms.class.getPackageName().replace('.', '/'));
    SwedishLexicons.deriveCompoundForms().write(folder);
  }
}
