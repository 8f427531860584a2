package dev.qforge.agents.models;

import org.nd4j.autodiff.samediff.internal.memory.AbstractMemoryMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A SameDiff session memory manager that frees an array's native buffer as soon as the session releases it
 * (the session releases an array only once no later op of the pass reads it: the cache manager would hand it
 * to another op). SameDiff's own {@code NoOpMemoryMgr} leaves released arrays to the garbage collector, which
 * on a big heap lags far behind an unrolled recurrent net's allocation rate.
 */
final class ClosingMemoryMgr extends AbstractMemoryMgr {

    @Override
    public INDArray allocate(boolean detached, DataType dataType, long... shape) {
        return Nd4j.createUninitialized(dataType, shape);
    }

    @Override
    public INDArray allocate(boolean detached, LongShapeDescriptor descriptor) {
        return Nd4j.createUninitialized(descriptor.dataType(), descriptor.getShape(), descriptor.getOrder());
    }

    @Override
    public void release(INDArray array) {
        if (array != null && array.closeable() && !array.wasClosed()) array.close();
    }

    @Override
    public void close() {
        // nothing held
    }
}
