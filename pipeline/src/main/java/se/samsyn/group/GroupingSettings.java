package se.samsyn.group;

/**
 * Choices of the grouping stage, made in the CLI.
 *
 * @param codebookWeight   weight of each name, alias and seed term and of the Swedish definition of a
 *                         principle, as a training statement of that principle (a labelled statement
 *                         weighs 1)
 * @param secondLabelRatio further principles are assigned when at least this fraction as probable as the best
 * @param evidenceTerms    terms listed as evidence of a classifier assignment
 * @param seed             seed of the clustering's random start
 * @param maxThemes        most emerging themes
 * @param minThemeSize     smaller clusters stay without a theme
 */
public record GroupingSettings(double codebookWeight, double secondLabelRatio, int evidenceTerms, long seed, int maxThemes, int minThemeSize) {
  public static final GroupingSettings DEFAULTS = new GroupingSettings(3, 0.75, 3, 20_260_522L, 30, 2);

  public GroupingSettings {
    if (codebookWeight < 0 || secondLabelRatio <= 0 || secondLabelRatio > 1 || evidenceTerms < 1 || maxThemes < 1 || minThemeSize < 1) {
      throw new IllegalArgumentException("grouping settings out of range: " + this);
    }
  }
}
