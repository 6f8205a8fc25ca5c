package se.samsyn.models.train;

import opennlp.tools.util.TrainingParameters;

/**
 * The machine-learning parameters of one model, as OpenNLP's {@link TrainingParameters}.
 *
 * @param algorithm  OpenNLP trainer ({@code MAXENT} = GIS maximum entropy, {@code PERCEPTRON})
 * @param iterations training iterations
 * @param cutoff     features seen fewer times than this are dropped
 */
public record ModelParameters(String algorithm, int iterations, int cutoff) {

  public ModelParameters {
    if (iterations < 1 || cutoff < 0) {
      throw new IllegalArgumentException("iterations must be >= 1 and cutoff >= 0");
    }
  }

  /** The OpenNLP parameters; one thread, so that runs are bit-for-bit repeatable. */
  public TrainingParameters toOpenNlp() {
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    parameters.put(TrainingParameters.THREADS_PARAM, 1);
    return parameters;
  }
}
