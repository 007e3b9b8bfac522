import CKernels

/// Row gather from an embedding table.
extension Tensor {
    /// table [V, D] (any dtype), ids → [ids.count, D]. Backward scatters into the table's gradient
    /// only when the table itself is trainable.
    public static func embedding(_ table: Tensor, ids: [Int]) throws -> Tensor {
        guard table.rank == 2 else {
            throw TensorError.invalidArgument(op: "embedding", "table must be [vocab, dim], got \(table.shape)")
        }
        let v = table.shape[0], d = table.shape[1]
        for id in ids where id < 0 || id >= v { throw TensorError.indexOutOfRange(op: "embedding", index: id, bound: v) }
        let out = Tensor(zeros: [ids.count, d])
        for (i, id) in ids.enumerated() {
            switch table.dtype {
            case .f32: (out.data + i * d).update(from: table.data + id * d, count: d)
            case .bf16: tina_bf16_to_f32(table.halfData + id * d, out.data + i * d, d)
            case .f16: tina_f16_to_f32(table.halfData + id * d, out.data + i * d, d)
            }
        }
        Tape.record(out, inputs: [table]) { g in
            let gt = Tensor(zeros: table.shape)
            for (i, id) in ids.enumerated() {
                for j in 0..<d { gt.data[id * d + j] += g.data[i * d + j] }
            }
            table.accumulateGrad(gt)
        }
        return out
    }
}
