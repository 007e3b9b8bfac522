/// Top-level variables, shared by all cells. Names get slots when first mentioned (so a function
/// may use a global defined later); reading one that was never assigned is a runtime error.
final class Globals {
    private(set) var values: UnsafeMutablePointer<Value>
    private(set) var defined: UnsafeMutablePointer<Bool>
    private var capacity: Int
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]

    init() {
        capacity = 256
        values = .allocate(capacity: capacity)
        defined = .allocate(capacity: capacity)
    }

    deinit {
        values.deinitialize(count: names.count)
        values.deallocate()
        defined.deallocate()
    }

    func lookup(_ name: String) -> Int? { index[name] }

    func slot(_ name: String) -> Int {
        if let i = index[name] { return i }
        if names.count == capacity { grow() }
        let i = names.count
        (values + i).initialize(to: .null)
        defined[i] = false
        names.append(name)
        index[name] = i
        return i
    }

    func get(_ name: String) -> Value? {
        guard let i = index[name], defined[i] else { return nil }
        return values[i]
    }

    func set(_ name: String, _ value: Value) {
        let i = slot(name)
        values[i] = value
        defined[i] = true
    }

    func undefine(_ i: Int) {
        values[i] = .null
        defined[i] = false
    }

    private func grow() {
        let newCapacity = capacity * 2
        let newValues = UnsafeMutablePointer<Value>.allocate(capacity: newCapacity)
        newValues.moveInitialize(from: values, count: names.count)
        values.deallocate()
        values = newValues
        let newDefined = UnsafeMutablePointer<Bool>.allocate(capacity: newCapacity)
        newDefined.update(from: defined, count: names.count)
        defined.deallocate()
        defined = newDefined
        capacity = newCapacity
    }
}
