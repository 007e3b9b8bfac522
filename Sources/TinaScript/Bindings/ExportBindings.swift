import Foundation
import Runtime

/// `run = trl_run(dir)`: a TRL run read back (see `t.export`).
final class TRLRunHandle: NativeHandle {
    let run: TRLRun
    init(_ run: TRLRun) { self.run = run }
    var display: String { "<trl run \(run.directory): \(run.steps.count) steps, \(run.checkpoints.count) checkpoints>" }

    static let nativeType = NativeType(
        TRLRunHandle.self, name: "trl_run",
        help: "A TRL run read back: its metrics per step (trainer_state.json) and its checkpoints.",
        methods: [
            Builtin("plot", [Param("metric", .string, default: .string("reward")), Param("file", .orNil(.string), default: .null)],
                    returns: "chart",
                    help: "A line chart of a metric over the run's steps (a notebook shows it); written as PNG to file when given.",
                    example: "run.plot(\"reward\", \"reward.png\")") { a in
                try ChartHandle.metricMethod(try a.this(TRLRunHandle.self).run.steps, a)
            },
        ],
        fields: [
            NativeField(TRLRunHandle.self, "metrics", help: "every logged step's metrics (list of maps), named as t.metrics") {
                Value($0.run.steps.map(TrainerHandle.metricsValue))
            },
            NativeField(TRLRunHandle.self, "checkpoints", help: "the checkpoint-N folders, oldest first (m.load_adapter reads them)") {
                Value(strings: $0.run.checkpoints)
            },
            NativeField(TRLRunHandle.self, "state_file", help: "the trainer_state.json the metrics came from") { .string($0.run.stateFile) },
        ])
}

enum ExportBindings {
    static let builtins: [Builtin] = [
        Builtin("trl_run", [Param("dir", .string)], returns: "trl_run",
                help: "Reads a TRL run (an exported project's output folder): metrics per step from trainer_state.json in dir,\nelse in its latest checkpoint-N, renamed as the session's (learning_rate → lr, completions/mean_length →\ncompletion_length, …; rewards/<name>/mean as is); .checkpoints, .plot(metric, png).",
                example: "let run = trl_run(\"out/trl/output\")\nrun.plot(\"reward\", \"reward.png\")\nm.load_adapter(run.checkpoints[-1])") { a in
            .native(TRLRunHandle(try TRLRun(directory: try a.string("dir"))))
        },
    ]
}
