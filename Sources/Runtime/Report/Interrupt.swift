import CKernels

/// True once Ctrl-C was pressed; long loops (downloads, file loads) poll it and stop cleanly.
@inline(__always)
func tinaInterrupted() -> Bool { tina_interrupt_pending() != 0 }
