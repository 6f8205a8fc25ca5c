package se.samsyn.bench;

import cc.mallet.cluster.Clustering;
import cc.mallet.cluster.KMeans;
import cc.mallet.pipe.Noop;
import cc.mallet.pipe.Pipe;
import cc.mallet.types.Alphabet;
import cc.mallet.types.FeatureVector;
import cc.mallet.types.Instance;
import cc.mallet.types.InstanceList;
import cc.mallet.types.LabelAlphabet;
import cc.mallet.types.NormalizedDotProductMetric;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.samsyn.group.Calibration;
import se.samsyn.group.GroupingSettings;
import se.samsyn.group.InPassage;
import se.samsyn.group.LinearClassifier;
import se.samsyn.group.LinearModel;
import se.samsyn.group.LogisticClassifier;
import se.samsyn.group.SparseRows;
import se.samsyn.group.SphericalKMeans;
import se.samsyn.group.ThemeFinder;

/**
 * The grouping core on analysed statements ({@link GeneratedTermRows}): (a) assigning every
 * statement to its best principle with the production scoring path
 * ({@link LinearModel#probabilities}: a {@link LinearClassifier}, each statement read with its
 * neighbours in passages of {@link GeneratedTermRows#PASSAGE} statements, calibrated probabilities),
 * once with naive Bayes weights over the distinct terms ({@code assign}) and once as the default
 * logistic classifier's compiled model reads a statement ({@code assignLogistic}: a weight vector per
 * term, per written word and per known pair of neighbouring terms; its term and word weights are
 * the naive Bayes ones, since the cost does not depend on the values), (b) clustering the statements of unlisted topics (30 %, those it should leave
 * unassigned) into emerging themes with the production k-means and k, and both together; beside
 * MALLET doing the same jobs on the same data: MaxEnt classification with the same per-principle
 * weights ({@code getClassificationScores}: the same sums, as probabilities; MALLET has no
 * passages) and MALLET's k-means with normalised dot products and the same k. The classifier is
 * trained on 10,000 separately generated labelled statements, the same for every size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class GroupingBenchmark {
  private static final long SEED = 20_261_123L;
  private static final int TRAINING_STATEMENTS = 10_000;
  private static final int ITERATIONS = 50;
  /** How the default classifier reads a statement's neighbours. */
  private static final InPassage.Pooling DEFAULT_POOLING = LogisticClassifier.Solver.ONE_VS_REST.defaults().pooling();

  /** The statements, the trained classifier and the statements it leaves unassigned. */
  @State(Scope.Benchmark)
  public static class Core {
    @Param({"10000", "100000", "1000000"})
    public int statements;

    SparseRows rows;
    int[] passage;
    LinearClassifier classifier;
    SparseRows compiledRows;
    /** The rows a first reading of the default classifier reads, and their passages. */
    SparseRows firstReadingRows;
    int[] firstReadingPassage;
    LinearClassifier compiled;
    Calibration calibration;
    SparseRows unassigned;
    int themes;
    /** Samsyn's clustering of the unassigned statements, with as many starts as a run would try. */
    SphericalKMeans kMeans;

    @Setup(Level.Trial)
    public void setUp() {
      GeneratedTermRows.Data data = GeneratedTermRows.generate(statements, SEED);
      rows = data.presence();
      passage = IntStream.range(0, rows.rows()).map(r -> r / GeneratedTermRows.PASSAGE).toArray();
      classifier = GeneratedTermRows.generate(TRAINING_STATEMENTS, SEED + 1).naiveBayes().classifier();
      compiledRows = data.compiled();
      compiled = compile(classifier);
      int firstReading = Math.min(compiledRows.rows(), LogisticClassifier.FIRST_READING_TEXTS);
      int entries = compiledRows.offsets()[firstReading];
      firstReadingRows = new SparseRows(Arrays.copyOf(compiledRows.offsets(), firstReading + 1),
          Arrays.copyOf(compiledRows.terms(), entries), Arrays.copyOf(compiledRows.weights(), entries));
      firstReadingPassage = Arrays.copyOf(passage, firstReading);
      calibration = new Calibration(1); // a run fits it; the work is the same at any temperature
      unassigned = data.unlisted();
      themes = ThemeFinder.clustersFor(unassigned.rows(), GroupingSettings.DEFAULTS.maxThemes());
      kMeans = new SphericalKMeans(themes, SEED, ITERATIONS, ThemeFinder.restartsFor(unassigned.rows()));
      int[] best = assignAll(this);
      long listed = 0;
      long right = 0;
      for (int r = 0; r < best.length; r++) {
        listed += data.truth()[r] >= 0 ? 1 : 0;
        right += best[r] == data.truth()[r] ? 1 : 0;
      }
      System.out.printf("%n%d statements: %.3f of those of a principle assigned to it; %d to cluster (k = %d, %d starts)%n",
          statements, right / (double) listed, unassigned.rows(), themes, ThemeFinder.restartsFor(unassigned.rows()));
    }
  }

  /** The same statements and weights as MALLET instances and a MALLET MaxEnt classifier. */
  @State(Scope.Benchmark)
  public static class Mallet {
    Pipe pipe;
    cc.mallet.classify.MaxEnt classifier;
    InstanceList rows;
    InstanceList unassigned;

    @Setup(Level.Trial)
    public void setUp(Core core) {
      Alphabet terms = new Alphabet();
      for (int t = 0; t < GeneratedTermRows.VOCABULARY; t++) {
        terms.lookupIndex(t);
      }
      LabelAlphabet principles = new LabelAlphabet();
      for (int p = 0; p < GeneratedTermRows.PRINCIPLES; p++) {
        principles.lookupIndex(p);
      }
      pipe = new Noop(terms, principles);
      // MaxEnt parameters: per principle one weight per term, then a default (bias) weight
      int stride = GeneratedTermRows.VOCABULARY + 1;
      double[] parameters = new double[GeneratedTermRows.PRINCIPLES * stride];
      for (int p = 0; p < GeneratedTermRows.PRINCIPLES; p++) {
        for (int t = 0; t < GeneratedTermRows.VOCABULARY; t++) {
          parameters[p * stride + t] = core.classifier.weight(t, p);
        }
      }
      classifier = new cc.mallet.classify.MaxEnt(pipe, parameters);
      rows = instances(core.rows);
      unassigned = instances(core.unassigned);
    }

    /** MALLET wants a target from the pipe's label alphabet, so every instance gets the first. */
    private InstanceList instances(SparseRows source) {
      InstanceList list = new InstanceList(pipe);
      Object target = ((LabelAlphabet) pipe.getTargetAlphabet()).lookupLabel(0);
      for (int r = 0; r < source.rows(); r++) {
        int from = source.offsets()[r];
        int to = source.offsets()[r + 1];
        double[] values = new double[to - from];
        for (int i = from; i < to; i++) {
          values[i - from] = source.weights()[i];
        }
        list.add(new Instance(new FeatureVector(pipe.getDataAlphabet(), Arrays.copyOfRange(source.terms(), from, to),
            values), target, r, null));
      }
      return list;
    }
  }

  /** A compiled logistic model's columns, term and word weights taken from the naive Bayes ones. */
  static LinearClassifier compile(LinearClassifier terms) {
    int principles = terms.principles();
    float[] matrix = new float[GeneratedTermRows.COMPILED_COLUMNS * principles];
    java.util.SplittableRandom random = new java.util.SplittableRandom(SEED);
    for (int c = 1; c < GeneratedTermRows.COMPILED_COLUMNS; c++) {
      for (int p = 0; p < principles; p++) {
        int term = (c - 1) % GeneratedTermRows.VOCABULARY;
        boolean pair = c > 2 * GeneratedTermRows.VOCABULARY;
        matrix[c * principles + p] = pair ? (float) random.nextGaussian() * 0.1f : terms.weight(term, p);
      }
    }
    return LinearClassifier.of(principles, GeneratedTermRows.COMPILED_COLUMNS, matrix);
  }

  /** Each statement's most probable principle, as {@code samsyn run} scores them with naive Bayes. */
  static int[] assignAll(Core core) {
    return best(core.classifier, core.rows, InPassage.Pooling.PRODUCT, core);
  }

  private static int[] best(LinearClassifier classifier, SparseRows rows, InPassage.Pooling pooling, Core core) {
    int principles = classifier.principles();
    double[] probabilities = new double[rows.rows() * principles];
    LinearModel.probabilities(classifier, rows, null, core.passage, pooling, core.calibration, probabilities);
    int[] best = new int[rows.rows()];
    for (int r = 0; r < best.length; r++) {
      for (int c = 1, at = r * principles; c < principles; c++) {
        best[r] = probabilities[at + c] > probabilities[at + best[r]] ? c : best[r];
      }
    }
    return best;
  }

  @Benchmark
  public int[] assign(Core core) {
    return assignAll(core);
  }

  /** The default logistic classifier's scoring path: its compiled model over terms, words and pairs. */
  @Benchmark
  public int[] assignLogistic(Core core) {
    return best(core.compiled, core.compiledRows, DEFAULT_POOLING, core);
  }

  /**
   * The default classifier's whole assign path in a run, which reads the statements twice: a first
   * reading at temperature 1 of at most {@link LogisticClassifier#FIRST_READING_TEXTS} of them (whole
   * passages evenly spread; here the first ones, at the same cost) picks those it is sure of (best
   * principle at least 0.5), which train the second model (training is left out: its examples are
   * capped per principle, so its cost does not grow with the statements), and the second model reads
   * them all (here with the same weights, as the cost does not depend on them).
   */
  @Benchmark
  public int[] assignLogisticTwoReadings(Core core, Blackhole firstReading) {
    int principles = core.compiled.principles();
    SparseRows read = core.firstReadingRows;
    double[] first = new double[read.rows() * principles];
    LinearModel.probabilities(core.compiled, read, null, core.firstReadingPassage, DEFAULT_POOLING, new Calibration(1), first);
    int sure = 0;
    for (int r = 0, at = 0; r < read.rows(); r++, at += principles) {
      double top = 0;
      for (int p = 0; p < principles; p++) {
        top = Math.max(top, first[at + p]);
      }
      sure += top >= 0.5 ? 1 : 0;
    }
    firstReading.consume(sure);
    return best(core.compiled, core.compiledRows, DEFAULT_POOLING, core);
  }

  @Benchmark
  public int[] assignMallet(Mallet mallet) {
    int[] best = new int[mallet.rows.size()];
    double[] scores = new double[GeneratedTermRows.PRINCIPLES];
    for (int r = 0; r < best.length; r++) {
      mallet.classifier.getClassificationScores(mallet.rows.get(r), scores);
      int top = 0;
      for (int p = 1; p < scores.length; p++) {
        if (scores[p] > scores[top]) {
          top = p;
        }
      }
      best[r] = top;
    }
    return best;
  }

  @Benchmark
  public SphericalKMeans.Clusters cluster(Core core) {
    return core.kMeans.cluster(core.unassigned, GeneratedTermRows.VOCABULARY);
  }

  @Benchmark
  public Clustering clusterMallet(Core core, Mallet mallet) {
    return new KMeans(mallet.pipe, core.themes, new NormalizedDotProductMetric(), KMeans.EMPTY_DROP)
        .cluster(mallet.unassigned);
  }

  /** The whole grouping core: assign every statement, then cluster those of unlisted topics. */
  @Benchmark
  public SphericalKMeans.Clusters assignAndCluster(Core core) {
    assignAll(core);
    return core.kMeans.cluster(core.unassigned, GeneratedTermRows.VOCABULARY);
  }
}
