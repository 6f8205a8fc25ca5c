package se.samsyn.models.train;

/** The Swedish UD treebanks the models are trained on, with the licence each is distributed under. */
public enum Treebank {
  TALBANKEN("sv_talbanken-", "UD_Swedish-Talbanken", "CC BY-SA 4.0"),
  LINES("sv_lines-", "UD_Swedish-LinES", "CC BY-NC-SA 4.0"),
  PUD("sv_pud-", "UD_Swedish-PUD", "CC BY-SA 4.0");

  private final String filePrefix;
  private final String title;
  private final String license;

  Treebank(String filePrefix, String title, String license) {
    this.filePrefix = filePrefix;
    this.title = title;
    this.license = license;
  }

  public String title() {
    return title;
  }

  /** The licence as stated in the treebank's own LICENSE file. */
  public String license() {
    return license;
  }

  /** The treebank a UD file belongs to, by its standard file name. */
  public static Treebank ofFile(String fileName) {
    for (Treebank treebank : values()) {
      if (fileName.startsWith(treebank.filePrefix)) {
        return treebank;
      }
    }
    throw new IllegalArgumentException("not a Swedish UD treebank file: " + fileName);
  }
}
