import Foundation

/// GRPO's sampling on a server while the adapter trains locally: before each generation round the
/// adapter as it is now is written in PEFT layout to a folder the server reads and loaded there in
/// place under one name (vLLM's `/v1/load_lora_adapter` with `load_inplace`), so each batch is
/// sampled by the policy being trained.
public final class RemoteRollouts {
    public let server: RemoteModel
    /// Where the adapter is written for the server (it must see the same path).
    public let directory: String
    public let adapterName: String
    /// Sample with the last synced (stale) adapter when a sync fails, instead of stopping.
    public var continueOnSyncFailure = false
    /// Replace the adapter in place under one name (vLLM's `load_inplace`), or load each version
    /// under a name of its own (`adapterName-vN`) and unload the previous one.
    public var inPlace = true
    /// The trainer step whose adapter the server holds (nil: none synced yet).
    public private(set) var syncedStep: Int?
    /// Syncs done so far: the adapter version a batch was sampled with.
    public private(set) var version = 0

    public init(server: RemoteModel, directory: String? = nil, adapterName: String = "tina-policy") throws {
        self.server = server
        self.adapterName = adapterName
        if let directory {
            self.directory = (directory as NSString).standardizingPath
        } else {
            self.directory = FileManager.default.temporaryDirectory.appendingPathComponent("tina-sync-\(getpid())-\(UUID().uuidString)").path
        }
        try FileManager.default.createDirectory(atPath: self.directory, withIntermediateDirectories: true)
    }

    /// Makes the server sample with `model`'s adapter as of `step`; returns the seconds it took (0
    /// when already in sync) and whether the server now holds that adapter.
    func sync(_ model: CausalLM, step: Int) throws -> (seconds: Double, synced: Bool) {
        if syncedStep == step { return (0, true) }
        let t = Date()
        do {
            let name = inPlace ? adapterName : "\(adapterName)-v\(version + 1)"
            // A folder per version when renaming: the server may read an adapter lazily.
            let folder = inPlace ? directory : directory + "/v\(version + 1)"
            try model.saveAdapter(directory: folder)
            try server.loadAdapter(path: folder, name: name, inPlace: inPlace)
            if !inPlace, let previous = server.adapter, previous.hasPrefix(adapterName + "-v") {
                server.adapter = name
                try? server.unloadAdapter(name: previous)
                try? FileManager.default.removeItem(atPath: directory + "/" + String(previous.dropFirst(adapterName.count + 1)))
            }
            server.adapter = name
        } catch {
            if error is Interrupted { throw error } // the step stops as any interrupted step does
            if !continueOnSyncFailure || syncedStep == nil { throw GRPOSyncError(underlying: error) }
            return (Date().timeIntervalSince(t), false)
        }
        syncedStep = step
        version += 1
        return (Date().timeIntervalSince(t), true)
    }
}

/// A failed adapter sync: the trainer stops rather than sample with a stale adapter.
public struct GRPOSyncError: Error, CustomStringConvertible {
    public let underlying: Error
    public var description: String {
        "grpo: syncing the adapter to the server failed, so no batch was sampled with a stale adapter: \(underlying)"
    }
}
