/** JMH benchmarks of the pipeline. They are not tests and never run in {@code mvn verify}. */
@NullMarked
package org.claimlens.bench;

import org.jspecify.annotations.NullMarked;
