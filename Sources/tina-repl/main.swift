import Foundation
import TinaScript

// Everything runs on a large stack so deep recursion in scripts ends in an error, not a crash.
exit(FrontEnd.onLargeStack { FrontEnd.main(Array(CommandLine.arguments.dropFirst())) })
