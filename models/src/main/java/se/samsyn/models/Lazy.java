package se.samsyn.models;

import java.util.function.Supplier;

/**
 * A value computed on first {@link #get()} and then kept; thread-safe. A computation that throws is
 * not kept, so the next call tries again (and fails with the same clear message if nothing changed).
 */
final class Lazy<T> {

  private final Supplier<T> supplier;
  private volatile T value;

  Lazy(Supplier<T> supplier) {
    this.supplier = supplier;
  }

  T get() {
    T result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = supplier.get();
          value = result;
        }
      }
    }
    return result;
  }
}
