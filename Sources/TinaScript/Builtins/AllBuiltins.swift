extension Builtin {
    /// Every builtin of the language, in `help` order. Runtime bindings live in `Bindings/`, one
    /// file per object kind, each with `static let builtins: [Builtin]` (constructors such as
    /// `load_model`) appended here; their methods and fields sit in each handle's `NativeType`.
    public static let all: [Builtin] =
        CoreBuiltins.builtins + CollectionBuiltins.builtins + TextBuiltins.builtins + DataBuiltins.builtins
        + ModelBindings.builtins + TokenizerBindings.builtins + TrainingBindings.builtins + DataBindings.builtins
        + RewardBindings.builtins + GRPOBindings.builtins + EvalBindings.builtins + RemoteBindings.builtins
        + ExportBindings.builtins + ChartBindings.builtins
}

extension NativeType {
    /// Every handle type, for `help("model.generate")` and `:apropos`.
    static let all: [NativeType] = [
        ModelHandle.nativeType, TokenizerHandle.nativeType, OptimizerHandle.nativeType, ScheduleHandle.nativeType,
        DatasetHandle.nativeType, TrainerHandle.nativeType, EvalResultHandle.nativeType, RemoteHandle.nativeType,
        TRLRunHandle.nativeType,
    ]
}
